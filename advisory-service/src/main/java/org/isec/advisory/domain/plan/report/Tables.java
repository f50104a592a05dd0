package org.isec.advisory.domain.plan.report;

import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/** Builds a table from a header and rows of already formatted text: first column a label, the rest figures. */
final class Tables {

    private final Style style;

    Tables(Style style) {
        this.style = style;
    }

    /** @param widths relative column widths; the first column is text, the others right-aligned numbers */
    PdfPTable of(float[] widths, List<String> header, List<Row> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (int i = 0; i < header.size(); i++) {
            table.addCell(style.head(header.get(i), i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean band = row.strong() || r % 2 == 1 && !rows.stream().anyMatch(Row::strong);
            table.addCell(style.label(row.cells().getFirst(), row.strong(), band));
            for (String value : row.cells().subList(1, row.cells().size())) {
                table.addCell(style.number(value, row.strong(), band));
            }
        }
        return table;
    }

    /** Two columns, label and value, for summaries. */
    PdfPTable keyValues(List<Row> rows, float widthPct) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(widthPct);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Row row : rows) {
            table.addCell(style.label(row.cells().get(0), false, false));
            table.addCell(style.number(row.cells().get(1), row.strong(), false));
        }
        return table;
    }

    static float[] widths(float first, int others) {
        float[] w = new float[others + 1];
        java.util.Arrays.fill(w, 1);
        w[0] = first;
        return w;
    }

    /** @param strong a subtotal or key figure: bold on a tinted band */
    record Row(List<String> cells, boolean strong) {

        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        static Row strong(String... cells) {
            return new Row(List.of(cells), true);
        }
    }
}
