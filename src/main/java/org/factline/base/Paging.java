package org.factline.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lazy grids ask for offset + limit; Spring Data pages by number. Ties always break by id. */
public final class Paging {

    private Paging() {}

    public static Pageable of(int offset, int limit, Sort sort, Sort fallback) {
        int size = Math.max(1, limit);
        return PageRequest.of(offset / size, size, (sort.isSorted() ? sort : fallback).and(Sort.by("id")));
    }
}
