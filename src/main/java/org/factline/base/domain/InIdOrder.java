package org.factline.base.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entities loaded by id in one query, returned in the order of the ids (a search's ranking). */
public final class InIdOrder {

    private InIdOrder() {}

    /**
     * @param load one query for all ids, such as a repository's {@code findAllById}
     * @return the entities in the order of {@code ids}; repeated ids count once, unknown ones are left out
     */
    public static <E extends AbstractEntity> List<E> load(
            Collection<Long> ids, Function<Collection<Long>, ? extends Collection<E>> load) {
        Map<Long, E> byId = load.apply(ids).stream().collect(Collectors.toMap(AbstractEntity::getId, e -> e));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }
}
