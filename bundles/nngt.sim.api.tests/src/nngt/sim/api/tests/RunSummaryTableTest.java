package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.run.RunSummary;

/** The per-group table that {@code nngt run} prints and the workbench's run console shows. */
class RunSummaryTableTest {

    @Test
    void oneFixedWidthLinePerGroupUnderAHeaderWithADashForAnUndefinedCv() {
        // two neurons firing every 100 ms over 1 s (CV 0), one silent neuron (no CV)
        SimulationResult result = Results.of(1000, List.of(new SimulationResult.Group("regular", 0, 2, 0),
                new SimulationResult.Group("silent", 2, 1, 0)),
                new double[] {50, 150, 250, 350, 450, 550, 650, 750, 850, 950},
                new double[] {60, 160, 260, 360, 460, 560, 660, 760, 860, 960}, new double[0]);
        String table = RunSummary.of("net", 0, result).table();
        String n = System.lineSeparator();
        assertEquals("group                 neurons     spikes  rate (Hz)   CV ISI" + n
                + "regular                     2         20      10.00    0.000" + n
                + "silent                      1          0       0.00        -" + n, table);
    }
}
