package nngt.generator.nest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.catalog.NestFamily;
import nngt.generator.nest.internal.ProjectPlan.GroupPlan;
import nngt.generator.nest.internal.ProjectPlan.PairPlan;

/**
 * Template of {@code model.json}: what the project contains (groups, id mapping, seeds, versions,
 * generator version, array checksums), for tools and for people checking a run.
 */
public final class ModelJsonTemplate {

    private ModelJsonTemplate() {
    }

    /**
     * @param plan the plan
     * @param generatorVersion the generator's version
     * @param source the source model's name
     * @param mode "arrays" or "native"
     * @param groupFiles per group index, parameter name to the .npy file of its per-neuron values
     * @param checksums array file to SHA-256, sorted
     * @param owned every file the generator writes, sorted
     * @return the JSON text
     */
    public static String render(ProjectPlan plan, String generatorVersion, String source, String mode,
            List<Map<String, String>> groupFiles, Map<String, String> checksums, List<String> owned) {
        boolean nest2 = plan.family() == NestFamily.NEST_2_20;
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"generator\": {\"name\": \"nngt.generator.nest\", \"version\": ")
                .append(Json.string(generatorVersion)).append("},\n");
        out.append("  \"model\": {\"name\": ").append(Json.string(plan.plan().name())).append(", \"source\": ")
                .append(Json.string(source)).append("},\n");
        out.append("  \"nest\": {\"flavour\": ").append(Json.string(nest2 ? "2.20" : "3")).append(", \"family\": ")
                .append(Json.string(plan.family().label())).append(", \"synapse_model_key\": ")
                .append(Json.string(plan.kernel().synapseModelKey())).append(", \"spike_recorder\": ")
                .append(Json.string(plan.kernel().spikeRecorderModel())).append("},\n");
        out.append("  \"seeds\": {\"model\": ").append(plan.plan().seed());
        if (nest2) {
            out.append(", \"base_seed\": ").append(plan.nest2BaseSeed())
                    .append(", \"grng_seed\": \"base_seed + N_vp\", \"rng_seeds\": \"base_seed + N_vp + 1 .. base_seed + 2 N_vp\"");
        } else {
            out.append(", \"rng_seed\": ").append(plan.nestSeed());
        }
        out.append("},\n");
        out.append("  \"connection_mode\": ").append(Json.string(mode)).append(",\n");
        out.append("  \"shards\": ").append(plan.shards()).append(",\n");
        out.append("  \"shard\": ").append(plan.shard() < 0 ? "null" : Integer.toString(plan.shard())).append(",\n");
        out.append("  \"resolution_ms\": ").append(Json.number(plan.plan().resolutionMs())).append(",\n");
        out.append("  \"neurons\": ").append(plan.plan().neuronCount()).append(",\n");
        out.append("  \"edges\": {\"instance\": ").append(plan.plan().sources().length).append(", \"arrays\": ")
                .append(plan.arrayEdges()).append(", \"native_connections\": ").append(plan.natives().size())
                .append("},\n");
        out.append("  \"id_mapping\": {\"nest_id\": \"nngt_id + 1\", \"nest_id_offset\": 1},\n");
        out.append("  \"groups\": [\n");
        for (int g = 0; g < plan.groups().size(); g++) {
            GroupPlan group = plan.groups().get(g);
            out.append("    {\"name\": ").append(Json.string(group.name())).append(", \"model\": ")
                    .append(Json.string(group.model())).append(", \"size\": ").append(group.size())
                    .append(", \"type\": ").append(group.type()).append(", \"first_nngt_id\": ").append(group.firstId())
                    .append(", \"first_nest_id\": ").append(group.firstId() + 1).append(", \"arrays\": ")
                    .append(files(groupFiles.get(g), "network/")).append('}')
                    .append(g + 1 < plan.groups().size() ? ",\n" : "\n");
        }
        out.append("  ],\n");
        out.append("  \"pairs\": [\n");
        for (int p = 0; p < plan.pairs().size(); p++) {
            PairPlan pair = plan.pairs().get(p);
            out.append("    {\"source\": ").append(pair.source()).append(", \"target\": ").append(pair.target())
                    .append(", \"edges\": ").append(pair.to() - pair.from()).append(", \"weight_sign\": ")
                    .append(pair.sign()).append(", \"parameters\": ").append(files(parameterFiles(pair), "network/"))
                    .append('}').append(p + 1 < plan.pairs().size() ? ",\n" : "\n");
        }
        out.append("  ],\n");
        out.append("  \"checksums_sha256\": {\n");
        int k = 0;
        for (Map.Entry<String, String> entry : checksums.entrySet()) {
            out.append("    ").append(Json.string(entry.getKey())).append(": ").append(Json.string(entry.getValue()))
                    .append(++k < checksums.size() ? ",\n" : "\n");
        }
        out.append("  },\n");
        out.append("  \"generated_files\": [\n");
        for (int f = 0; f < owned.size(); f++) {
            out.append("    ").append(Json.string(owned.get(f))).append(f + 1 < owned.size() ? ",\n" : "\n");
        }
        out.append("  ]\n}\n");
        return out.toString();
    }

    private static Map<String, String> parameterFiles(PairPlan pair) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int k = 0; k < pair.parameters().size(); k++) {
            files.put(pair.parameters().get(k), "pair_" + pair.source() + "_" + pair.target() + "_param_" + k + ".npy");
        }
        return files;
    }

    /** A JSON object from parameter names to their files, so that a reader can map each file to its parameter. */
    private static String files(Map<String, String> byName, String folder) {
        StringBuilder out = new StringBuilder("{");
        byName.forEach((name, file) -> out.append(out.length() > 1 ? ", " : "").append(Json.string(name))
                .append(": ").append(Json.string(folder + file)));
        return out.append('}').toString();
    }
}
