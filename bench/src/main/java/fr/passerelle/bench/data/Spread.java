package fr.passerelle.bench.data;

import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.shared.model.GeoPoint;
import java.util.Random;

/**
 * Where seeded offers are: a share around Lyon (within about 45 km of the centre, where the learner of the
 * matching benchmark lives), a share of remote offers (which every learner's area includes), the rest anywhere in
 * mainland France's bounding box.
 */
public record Spread(double nearLyonShare, double remoteShare) {

    private static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);

    public Spread {
        if (nearLyonShare < 0 || remoteShare < 0 || nearLyonShare + remoteShare > 1) {
            throw new IllegalArgumentException("shares must be between 0 and 1 together");
        }
    }

    Place next(Random random) {
        double draw = random.nextDouble();
        if (draw < nearLyonShare) {
            return new Place(new GeoPoint(LYON.latitude() + (random.nextDouble() - 0.5) * 0.8,
                    LYON.longitude() + (random.nextDouble() - 0.5) * 1.1), WorkMode.ON_SITE);
        }
        GeoPoint anywhere = new GeoPoint(42.5 + random.nextDouble() * 8.5, -4.5 + random.nextDouble() * 12.5);
        return new Place(anywhere, draw < nearLyonShare + remoteShare ? WorkMode.REMOTE : WorkMode.ON_SITE);
    }

    record Place(GeoPoint location, WorkMode workMode) {
    }
}
