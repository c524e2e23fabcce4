package org.prss.advisor.input;

import static org.prss.advisor.input.IntakeCells.JSON;
import static org.prss.advisor.input.IntakeCells.address;
import static org.prss.advisor.input.IntakeCells.blank;
import static org.prss.advisor.input.IntakeCells.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the intake workbook's Role sheet: the worksheet activities marked Yes as in the role, and the proposed duties,
 * one a row, in the order given.
 */
final class RoleSheetReader {

    private final Set<String> activityIds;
    private final IntakeCells cells;

    RoleSheetReader(Set<String> activityIds, IntakeCells cells) {
        this.activityIds = activityIds;
        this.cells = cells;
    }

    void read(Sheet sheet, ObjectNode tree) {
        ArrayNode activities = JSON.arrayNode();
        ArrayNode duties = JSON.arrayNode();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cell inRole = row.getCell(IntakeLayout.ROLE_IN_ROLE);
            String inRoleAt = address(sheet, row.getRowNum(), IntakeLayout.ROLE_IN_ROLE);
            if (!blank(inRole) && !cells.formula(inRole, inRoleAt)) {
                String mark = text(inRole);
                String id = text(row.getCell(IntakeLayout.ROLE_ID));
                if (IntakeLayout.YES.equalsIgnoreCase(mark)) {
                    if (id == null || !activityIds.contains(id.strip())) {
                        cells.problem(
                                address(sheet, row.getRowNum(), IntakeLayout.ROLE_ID),
                                "'" + id + "' is not a worksheet activity",
                                "do not edit the ID column");
                    } else {
                        cells.remember("role.activities[" + activities.size() + "]", inRoleAt);
                        activities.add(id.strip());
                    }
                } else if (!IntakeLayout.NO.equalsIgnoreCase(mark)) {
                    cells.problem(inRoleAt, "expected Yes or No, found '" + mark + "'", null);
                }
            }
            Cell duty = row.getCell(IntakeLayout.ROLE_DUTIES);
            String dutyAt = address(sheet, row.getRowNum(), IntakeLayout.ROLE_DUTIES);
            if (!blank(duty) && !cells.formula(duty, dutyAt)) {
                cells.remember("role.duties[" + duties.size() + "]", dutyAt);
                duties.add(text(duty).strip());
            }
        }
        if (!activities.isEmpty() || !duties.isEmpty()) {
            ObjectNode role = tree.putObject("role");
            if (!activities.isEmpty()) {
                role.set("activities", activities);
            }
            if (!duties.isEmpty()) {
                role.set("duties", duties);
            }
        }
    }
}
