package org.factline.claim;

import java.util.List;

/**
 * What merging one claimant into another moves, shown before the editor confirms.
 *
 * @param names the merged claimant's name and aliases, which become the survivor's aliases
 */
public record MergePreview(
        long mergedId,
        String mergedName,
        long mergedVersion,
        long survivorId,
        String survivorName,
        long survivorVersion,
        int claims,
        List<String> names,
        List<String> links) {

    public MergePreview {
        names = List.copyOf(names);
        links = List.copyOf(links);
    }
}
