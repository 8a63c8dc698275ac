package nngt.generator.nest.internal;

import java.util.Map;

/**
 * Renders {@code analysis.py} from {@code templates/analysis.py}: raster plot and per-group firing rates from the
 * spike files that {@code run.py} wrote, with matplotlib. It holds no model strings: it reads them from the
 * results.
 */
public final class AnalysisPyTemplate {

    private AnalysisPyTemplate() {
    }

    /**
     * @param header the header line (a Python comment)
     * @return the text of analysis.py
     */
    public static String render(String header) {
        return Template.load("analysis.py").fill(Map.of("HEADER", header + "\n"));
    }
}
