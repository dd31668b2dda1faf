package org.openasm.vision;

import java.util.List;
import java.util.Locale;
import org.openasm.documents.Block;

/**
 * Implemented by later steps' modules (typology) to add chapters to the “ASM vision” output after step
 * 2.1's own, in ascending {@link #order()}.
 */
public interface VisionChapter {

	int order();

	List<Block> blocks(long workspaceId, Locale locale);
}
