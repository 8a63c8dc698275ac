package nngt.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nngt.model.ConstantValue;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.InvalidPopulationException;
import nngt.model.api.NeuralPop;

class NeuralPopTest {

    @Test
    void excAndInhibSplitsIdsLikeNngt() {
        NeuralPop pop = NeuralPop.excAndInhib(1000, 0.2);

        assertEquals(1000, pop.size());
        assertArrayEquals(IntStream.range(0, 800).toArray(), pop.ids("excitatory"));
        assertArrayEquals(IntStream.range(800, 1000).toArray(), pop.ids("inhibitory"));
        assertEquals(1, pop.group("excitatory").getNeuronType());
        assertEquals(-1, pop.group("inhibitory").getNeuronType());
        assertEquals(NeuralPop.DEFAULT_NEURON_MODEL, pop.group("inhibitory").getNeuronModel());
        assertArrayEquals(pop.ids("inhibitory"), pop.inhibitoryIds());
        assertTrue(pop.isValid(), () -> pop.problems().toString());
    }

    @ParameterizedTest
    @CsvSource({ "10, 0.3, 7", "10, 0.25, 7", "100, 0.7, 30", "5, 0.0, 5", "5, 1.0, 0", "3, 0.5, 1" })
    void excAndInhibTruncatesTheExcitatoryCountAsNngtDoes(int size, double ratio, int expectedExcitatory) {
        NeuralPop pop = NeuralPop.excAndInhib(size, ratio);
        assertEquals(expectedExcitatory, pop.group("excitatory").getSize());
        assertEquals(size - expectedExcitatory, pop.group("inhibitory").getSize());
    }

    @Test
    void fromGroupsAssignsConsecutiveIdsInListOrder() {
        NeuralGroup a = Groups.neuralGroup("a", 30, "iaf_psc_alpha");
        NeuralGroup b = Groups.neuralGroup("b", 5, -1, "iaf_psc_exp", Map.of("V_th", -50.0));
        NeuralGroup c = Groups.neuralGroup("c", 12, "iaf_psc_alpha");

        NeuralPop pop = NeuralPop.fromGroups(List.of(c, a, b));

        assertEquals(0, c.getFirstId());
        assertEquals(12, a.getFirstId());
        assertEquals(42, b.getFirstId());
        assertArrayEquals(IntStream.range(42, 47).toArray(), pop.ids("b"));
        assertEquals("a", pop.groupOf(41).orElseThrow().getName());
        assertEquals("b", pop.groupOf(42).orElseThrow().getName());
        assertTrue(pop.groupOf(47).isEmpty());
        assertEquals(47, pop.size());
        assertTrue(pop.isValid(), () -> pop.problems().toString());
    }

    @Test
    void fromGroupsRejectsOverlappingGroupsNamingBoth() {
        NeuralGroup first = Groups.neuralGroup("first", 10, "iaf_psc_alpha");
        first.setFirstId(0);
        NeuralGroup second = Groups.neuralGroup("second", 10, "iaf_psc_alpha");
        second.setFirstId(5);

        InvalidPopulationException error = assertThrows(InvalidPopulationException.class,
                () -> NeuralPop.fromGroups(first, second));

        assertEquals(List.of("Groups 'first' (ids 0..9) and 'second' (ids 5..14) overlap at ids 5..9; primary groups"
                + " must be disjoint (use a meta-group for an overlapping selection)."), error.problems());
    }

    @Test
    void fromGroupsAcceptsDisjointPresetIds() {
        NeuralGroup first = Groups.neuralGroup("first", 10, "iaf_psc_alpha");
        first.setFirstId(10);
        NeuralGroup second = Groups.neuralGroup("second", 10, "iaf_psc_alpha");
        second.setFirstId(0);
        assertTrue(NeuralPop.fromGroups(first, second).isValid());
    }

    @Test
    void fromGroupsRejectsANeuronTypeOtherThanPlusOrMinusOne() {
        NeuralGroup odd = Groups.neuralGroup("odd", 10, "iaf_psc_alpha");
        odd.setNeuronType(0); // possible through the EMF API, which Groups.neuralGroup would refuse

        InvalidPopulationException error = assertThrows(InvalidPopulationException.class,
                () -> NeuralPop.fromGroups(odd));

        assertEquals("Group 'odd' has neuron type 0; valid types are 1 (excitatory) and -1 (inhibitory).",
                error.getMessage());
    }

    @Test
    void fromGroupsRejectsAGroupWithoutModel() {
        NeuralGroup modelless = Groups.neuralGroup("modelless", 10, 1, null, Map.of());
        NeuralGroup fine = Groups.neuralGroup("fine", 10, "iaf_psc_alpha");

        InvalidPopulationException error = assertThrows(InvalidPopulationException.class,
                () -> NeuralPop.fromGroups(fine, modelless));

        assertEquals("Group 'modelless' has no neuron model; every group of a population needs one,"
                + " such as iaf_psc_alpha.", error.getMessage());
    }

    @Test
    void fromGroupsRejectsDuplicateNames() {
        InvalidPopulationException error = assertThrows(InvalidPopulationException.class,
                () -> NeuralPop.fromGroups(Groups.neuralGroup("twin", 1, "iaf_psc_alpha"),
                        Groups.neuralGroup("twin", 2, "iaf_psc_alpha")));
        assertTrue(error.getMessage().contains("'twin' is used twice"), error.getMessage());
    }

    @Test
    void groupParametersAreKeptWithoutModelUnlikeNngt() {
        NeuralGroup group = Groups.neuralGroup("g", 3, 1, null, Map.of("V_th", -50.0));
        assertEquals(1, group.getParameters().size());
    }

    @Test
    void populationIsInvalidWhenIdsAreNotCovered() {
        NeuralGroup late = Groups.neuralGroup("late", 10, "iaf_psc_alpha");
        late.setFirstId(5);
        NeuralPop pop = NeuralPop.fromGroups(late);

        assertFalse(pop.isValid());
        assertEquals(List.of("Ids 0..4 belong to no group; the groups must cover ids 0..9.",
                "Group 'late' (ids 5..14) lies beyond id 9; the groups must cover exactly ids 0..9."), pop.problems());
    }

    @Test
    void populationIsInvalidWhenTheDeclaredSizeDiffers() {
        NeuralPop pop = NeuralPop.excAndInhib(100, 0.2);
        pop.population().setDeclaredSize(120);
        assertEquals(List.of("The population declares 120 neurons but its groups hold 100."), pop.problems());
    }

    @Test
    void createGroupAppendsAfterTheLastIdAndRefusesDuplicates() {
        NeuralPop pop = NeuralPop.excAndInhib(100, 0.2);

        NeuralGroup extra = pop.createGroup("extra", 7, -1, "iaf_psc_exp", Map.of());

        assertEquals(100, extra.getFirstId());
        assertEquals(107, pop.size());
        assertTrue(pop.isValid());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> pop.createGroup("extra", 1, 1, "iaf_psc_exp", Map.of()));
        assertEquals("Argument 'name' is 'extra', but the population already has a group of that name;"
                + " names must be unique.", error.getMessage());
    }

    @Test
    void metaGroupsOverlapPrimaryGroups() {
        NeuralPop pop = NeuralPop.excAndInhib(10, 0.2);

        pop.createMetaGroup("layer", List.of("inhibitory"), 0, 1, 8);

        assertArrayEquals(new int[] { 0, 1, 8, 9 }, pop.ids("layer"));
        assertTrue(pop.isValid());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> pop.createMetaGroup("bad", List.of(), 10));
        assertEquals("Argument 'neuronIds' of meta-group 'bad' holds 10; ids of this population are 0..9.",
                error.getMessage());
    }

    @Test
    void setNeuronParamReplacesTheValueInTheNamedGroupsOnly() {
        NeuralPop pop = NeuralPop.excAndInhib(10, 0.2);
        pop.setNeuronParam("V_th", -50.0);
        pop.setNeuronParam("V_th", Distributions.uniform(-55, -45, Unit.MILLIVOLT), "inhibitory");

        assertEquals(1, pop.group("excitatory").getParameters().size());
        assertEquals(-50.0, ((ConstantValue) pop.group("excitatory").getParameters().get(0).getValue())
                .getValue().getMagnitude());
        assertEquals(1, pop.group("inhibitory").getParameters().size());
        assertEquals("UniformDistribution",
                pop.group("inhibitory").getParameters().get(0).getValue().eClass().getName());
    }

    @Test
    void misuseNamesTheArgumentTheValueAndWhatIsValid() {
        assertMessage("Argument 'size' is 0; a population needs at least 1 neuron.",
                () -> NeuralPop.excAndInhib(0, 0.2));
        assertMessage("Argument 'inhibitoryRatio' is 1.5; it is a fraction in [0, 1].",
                () -> NeuralPop.excAndInhib(10, 1.5));
        assertMessage("Argument 'neuronType' of group 'g' is 2; valid types are 1 (excitatory) and -1 (inhibitory).",
                () -> Groups.neuralGroup("g", 1, 2, "iaf_psc_alpha", Map.of()));
        assertMessage("Argument 'size' of group 'g' is -3; a group has 0 or more neurons.",
                () -> Groups.neuralGroup("g", -3, "iaf_psc_alpha"));
        assertMessage("Argument 'name' is 'nope', which is no group of this population; valid names are"
                + " [excitatory, inhibitory].", () -> NeuralPop.excAndInhib(10, 0.2).group("nope"));
        assertMessage("Argument 'std' is -1.0; it must be 0 or more.",
                () -> Distributions.gaussian(0, -1, Unit.PICOAMPERE));
        assertMessage("Argument 'upper' is 1.0 but must be at least 'lower' (2.0).",
                () -> Distributions.uniform(2, 1, Unit.MILLIVOLT));
        assertMessage("Argument 'population' is null; a Population is required.", () -> NeuralPop.of(null));
    }

    @Test
    void aGroupWithoutIdsIsReportedWhenWrappedDirectly() {
        NeuralGroup group = Groups.neuralGroup("loose", 4, "iaf_psc_alpha");
        var population = NngtFactory.eINSTANCE.createPopulation();
        population.getGroups().add(group);
        assertTrue(NeuralPop.of(population).problems()
                .contains("Group 'loose' has no neuron ids yet; add it with NeuralPop.fromGroups."));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
