package org.factline.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging of API lists: {@code page} from 1, {@code size} up to {@code factline.api.max-page-size}.
 * A list answers with its items as a JSON array, the total in {@code X-Total-Count} and RFC 8288
 * {@code Link} headers ({@code first}, {@code prev}, {@code next}, {@code last}) as paths relative
 * to the API host, so no link is ever built from a request's Host header.
 */
public record ApiPage(int page, int size) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public static ApiPage of(@Nullable Integer page, @Nullable Integer size, int maxSize) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw new ValidationException("page", "Pages count from 1.");
        }
        if (s < 1 || s > maxSize) {
            throw new ValidationException("size", "Page size must be between 1 and " + maxSize + ".");
        }
        if ((long) (p - 1) * s > Integer.MAX_VALUE) {
            throw new ValidationException("page", "That page is past the end of any list.");
        }
        return new ApiPage(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The page of items with its total and links. */
    public <T> ResponseEntity<List<T>> respond(List<T> items, long total, HttpServletRequest request) {
        return ResponseEntity.ok().headers(headers(total, request)).body(items);
    }

    /** This page of a list a service returns whole (a claim's notes, the timeline). */
    public <T> ResponseEntity<List<T>> slice(List<T> all, HttpServletRequest request) {
        int from = Math.min(all.size(), offset());
        int to = (int) Math.min(all.size(), (long) from + size);
        return respond(all.subList(from, to), all.size(), request);
    }

    /** {@code X-Total-Count} and the {@code Link}s, for answers whose body is more than the list. */
    public HttpHeaders headers(long total, HttpServletRequest request) {
        long last = Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, "first"));
        if (page > 1) {
            links.add(link(request, (int) Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, (int) last, "last"));
        var headers = new HttpHeaders();
        headers.set(TOTAL_COUNT, String.valueOf(total));
        headers.set(HttpHeaders.LINK, String.join(", ", links));
        return headers;
    }

    private String link(HttpServletRequest request, int target, String rel) {
        String query = request.getQueryString();
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
