package fr.passerelle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a list page after page as a client does, from each page's last keyset, checking what every page says. */
public final class KeysetPages {

    /** More pages than any test list has: a loop that reads this many never ends. */
    private static final int MAX_PAGES = 1_000;

    private KeysetPages() {
    }

    /**
     * Every item, in the order the pages give them.
     *
     * @param pageAfter the page of {@code size} items after a keyset (null for the first)
     * @param keyOf     the keyset an item is expected to come with: its sort value and its id
     */
    public static <T> List<T> readForward(Function<Keyset, Page<T>> pageAfter, int size, Function<T, Keyset> keyOf) {
        List<T> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> page = pageAfter.apply(after);
            assertThat(page.keys()).as("the keysets of page %d", pages)
                    .containsExactlyElementsOf(page.items().stream().map(keyOf).toList());
            assertThat(page.hasPreviousPage()).as("hasPreviousPage of page %d", pages).isEqualTo(after != null);
            read.addAll(page.items());
            if (!page.hasNextPage()) {
                return read;
            }
            assertThat(page.items()).as("a page that says more follow is full").hasSize(size);
            after = page.keys().get(page.keys().size() - 1);
        }
        return fail("paging does not end");
    }
}
