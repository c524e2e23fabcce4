package org.prss.advisor.report;

import java.util.Collection;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.knowledge.Source;

/** The source registry: the full reference behind every short name the findings cite. */
final class SourcesSheet {

    static final String NAME = "Sources";

    private SourcesSheet() {}

    static void write(Sheet sheet, Styles styles, Collection<Source> sources) {
        Table table = Table.on(sheet, styles, "Short name", "Title", "Publisher", "Year", "Note");
        for (Source s : sources) {
            table.textRow(
                    s.shortName(),
                    s.title(),
                    s.publisher(),
                    s.year() == 0 ? "n.d." : Integer.toString(s.year()),
                    s.note());
        }
        table.finish(26, 60, 40, 8, 50);
    }
}
