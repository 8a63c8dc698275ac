package nngt.dsl.ui.editor;

import java.util.List;

/**
 * One entry of the .nngt outline: immutable, so that the reconciler thread builds the tree and the
 * UI thread shows it without sharing the parsed model.
 *
 * @param label the text shown
 * @param kind what the entry is ("network", "population", "group", "connection", "device", ...)
 * @param offset start of the text the entry selects
 * @param length length of that text
 * @param children the entries below it
 */
public record OutlineNode(String label, String kind, int offset, int length, List<OutlineNode> children) {
}
