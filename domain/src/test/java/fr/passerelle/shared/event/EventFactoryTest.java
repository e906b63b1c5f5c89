package fr.passerelle.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFactoryTest {

    private static final Instant LATER = Fixtures.NOW.plusSeconds(3_600);
    private static final Initiator BY = new Initiator("admin", Set.of("PLATFORM_ADMIN"), null, "school:s-1", "web");

    private record Widget(String id, String name, String colour, long version) implements Aggregate {
    }

    private final EventFactory events =
            new EventFactory(Fixtures.countingIds("evt-"), Clock.fixed(LATER, ZoneOffset.UTC));

    @Test
    void a_creation_is_version_0_of_the_aggregate_with_the_fields_it_sets() {
        Widget created = new Widget("w-1", "Bolt", null, 0);

        DomainEvent event = events.created("widget.created", BY, created, Map.of("tenant", "school:s-1"));

        assertThat(event).isEqualTo(new DomainEvent("evt-1", "widget.created", "Widget", "w-1", 0, BY, LATER,
                List.of("name"), Map.of("tenant", "school:s-1")));
    }

    @Test
    void a_change_is_the_version_after_the_one_read_with_the_fields_it_changed() {
        Widget before = new Widget("w-1", "Bolt", "red", 4);
        Widget after = new Widget("w-1", "Bolt", "blue", 4);

        DomainEvent event = events.changed("widget.repainted", BY, before, after, Map.of());

        assertThat(event.version()).isEqualTo(5);
        assertThat(event.aggregateType()).isEqualTo("Widget");
        assertThat(event.aggregateId()).isEqualTo("w-1");
        assertThat(event.changedFields()).containsExactly("colour");
        assertThat(event.initiator()).isEqualTo(BY);
        assertThat(event.occurredAt()).isEqualTo(LATER);
        assertThat(event.attributes()).isEmpty();
    }

    @Test
    void each_event_takes_a_fresh_id_from_the_generator() {
        Widget widget = new Widget("w-1", "Bolt", null, 0);

        DomainEvent first = events.created("widget.created", BY, widget, Map.of());
        DomainEvent second = events.changed("widget.renamed", BY, widget, new Widget("w-1", "Nut", null, 0), Map.of());

        assertThat(first.id()).isEqualTo("evt-1");
        assertThat(second.id()).isEqualTo("evt-2");
    }
}
