package formcoach.video;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The people found on a frame, for picking the lifter when several are in it: ordered from left to
 * right, each named in words a screen reader can say ("person 2 of 3, middle").
 */
public record LifterCandidates(List<Person> people) {
    public LifterCandidates {
        people = people.stream().sorted(Comparator.comparingDouble(Person::centreX).thenComparingDouble(Person::centreY)).toList();
    }

    /**
     * A person's box as fractions of the frame (left, top, width, height), the detector's score, and the
     * point the pose tracker aims at to follow this person ({@code aimX}, {@code aimY}).
     */
    public record Person(double left, double top, double width, double height, double score, double aimX, double aimY) {
        /** A person aimed at the box's middle. */
        public Person(double left, double top, double width, double height, double score) {
            this(left, top, width, height, score, left + width / 2, top + height / 2);
        }

        public double centreX() {
            return left + width / 2;
        }

        public double centreY() {
            return top + height / 2;
        }
    }

    public int size() {
        return people.size();
    }

    public Person get(int i) {
        return people.get(i);
    }

    /** Where the person's middle is across the frame: left, middle or right (thirds of the width). */
    public static String side(Person p) {
        double x = p.centreX();
        return x < 1 / 3.0 ? "left" : x > 2 / 3.0 ? "right" : "middle";
    }

    /** "person 2 of 3, middle" (with "nearest the camera" for the largest of several). */
    public String describe(int i) {
        Person p = people.get(i);
        String text = String.format(Locale.ROOT, "person %d of %d, %s", i + 1, people.size(), side(p));
        if (people.size() > 1 && people.stream().allMatch(o -> o == p || o.height() < p.height() * 0.8)) {
            text += ", nearest the camera";
        }
        return text;
    }
}
