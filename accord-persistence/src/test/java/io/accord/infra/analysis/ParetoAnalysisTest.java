package io.accord.infra.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParetoAnalysisTest {

    record Bar(String value, long count, double percent, double cumulativePercent) {
    }

    @Test
    void barsCarryTheirShareAndTheCumulativeShareUpToThem() {
        List<Bar> bars = ParetoAnalysis.bars(List.of(new ParetoAnalysis.Count<>("QUALITY", 6), new ParetoAnalysis.Count<>("DELIVERY", 3),
                new ParetoAnalysis.Count<>("PRICE", 1)), Bar::new);

        assertEquals(List.of(new Bar("QUALITY", 6, 60.0, 60.0), new Bar("DELIVERY", 3, 30.0, 90.0),
                new Bar("PRICE", 1, 10.0, 100.0)), bars);
    }

    @Test
    void sharesAreRoundedToOneDecimalAndNothingCountedIsNoBars() {
        List<Bar> bars = ParetoAnalysis.bars(List.of(new ParetoAnalysis.Count<>("a", 1), new ParetoAnalysis.Count<>("b", 1), new ParetoAnalysis.Count<>("c", 1)),
                Bar::new);
        assertEquals(List.of(33.3, 33.3, 33.3), bars.stream().map(Bar::percent).toList());
        assertEquals(100.0, bars.get(2).cumulativePercent());
        assertEquals(List.of(), ParetoAnalysis.bars(List.<ParetoAnalysis.Count<String>>of(), Bar::new));
    }
}
