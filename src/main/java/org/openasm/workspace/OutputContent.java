package org.openasm.workspace;

import java.util.List;
import org.openasm.documents.Block;

/** The body of an output document and the version of the records it was built from. */
public record OutputContent(String version, List<Block> blocks) {
}
