package org.prss.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/** The description as received, one field a row, so the workbook shows what the findings rest on. */
final class InputSheet {

    static final String NAME = "Input";

    private InputSheet() {}

    static void write(Sheet sheet, Styles styles, String sourceName, JsonNode received) {
        Table table = Table.on(sheet, styles, "Field", "Value");
        table.textRow("(source file)", sourceName);
        flatten(table, "", received);
        table.finish(45, 90);
    }

    private static void flatten(Table table, String path, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(table, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(table, path + "[" + i + "]", node.get(i));
            }
        } else {
            table.textRow(path, node.isNull() ? "null" : node.asText());
        }
    }
}
