package formcoach.library;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Typo-tolerant search over exercise names and aliases, built once per library change so a keystroke
 * only walks flat arrays.
 *
 * <p>Ranking: exact, then prefix, then every query word starting a word of the name, then substring,
 * then fuzzy; inside a kind, built-in and custom before imported (our lifts win ties); on a word-prefix
 * match, strength work before warm-up, stretch and mobility moves, and such a move whose name only
 * starts with the query in the middle of a word counts as a word-prefix match ("row" puts the row lifts
 * above "Light rowing", alias "Rowing"; "rowing" still finds it first); then fewer edits (or fewer
 * untouched words), then name order. An empty query lists ours and yours before
 * the imported ones. A plural query word also matches the singular word ("rows" finds "row",
 * "pullups" finds "Pull-up"). Each name and alias is matched as
 * written ("lat pulldown") and squeezed ("latpulldown"), so "chinup" finds "Chin-up". The fuzzy
 * match is a Damerau–Levenshtein distance (with transpositions, so "rwo" is one edit from "row")
 * against any part of a name that starts at a word, allowing more edits for longer queries.
 */
public final class ExerciseSearch {
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.ENGLISH);

    static {
        NAME_ORDER.setStrength(Collator.PRIMARY);
    }

    /** One name or alias, prepared for matching. */
    private static final class Term {
        final String text;
        final String norm;
        final String[] words;
        final String compact;
        final char[] compactChars;
        final boolean[] wordStart;
        final long mask;
        final long[] bigrams;

        Term(String text) {
            this.text = text;
            this.norm = TextNorm.normalize(text);
            this.words = norm.isEmpty() ? new String[0] : norm.split(" ");
            this.compact = norm.replace(" ", "");
            this.compactChars = compact.toCharArray();
            this.wordStart = new boolean[compactChars.length + 1];
            int at = 0;
            for (String w : words) {
                wordStart[at] = true;
                at += w.length();
            }
            this.mask = TextNorm.charMask(compact);
            this.bigrams = new long[BIGRAM_WORDS];
            for (int i = 0; i + 1 < compactChars.length; i++) {
                int h = bigram(compactChars[i], compactChars[i + 1]);
                bigrams[h >>> 6] |= 1L << h;
            }
        }
    }

    private static final int BIGRAM_WORDS = 8;

    /** A hash of two neighbouring characters into 512 buckets; collisions only make the filter let more through. */
    static int bigram(char a, char b) {
        return (a * 31 + b) & (BIGRAM_WORDS * 64 - 1);
    }

    private static final class Entry {
        final Exercise exercise;
        final Term[] terms;
        final int nameOrder;
        final boolean imported;
        /** a warm-up, stretch or mobility move: on a word-prefix match it yields to strength work */
        final boolean easyMove;
        final int categoryBit;
        final long muscleMask;
        final int equipmentMask;
        final int faultMask;
        final int originBit;

        Entry(Exercise e, int nameOrder, List<String> extraTerms) {
            this.exercise = e;
            List<Term> t = new ArrayList<>();
            t.add(new Term(e.name()));
            for (String alias : e.aliases()) {
                t.add(new Term(alias));
            }
            for (String alias : extraTerms) {
                t.add(new Term(alias));
            }
            this.terms = t.toArray(new Term[0]);
            this.nameOrder = nameOrder;
            this.imported = Origin.of(e.source()) == Origin.IMPORTED;
            this.easyMove = e.category() == Category.WARMUP || e.category() == Category.STRETCH || e.category() == Category.MOBILITY;
            this.originBit = 1 << Origin.of(e.source()).ordinal();
            this.categoryBit = e.category() == null ? 0 : 1 << e.category().ordinal();
            long m = 0;
            for (Muscle muscle : e.muscles().all()) {
                m |= 1L << muscle.ordinal();
            }
            this.muscleMask = m;
            int eq = 0;
            for (Equipment q : e.equipment()) {
                eq |= 1 << q.ordinal();
            }
            this.equipmentMask = eq;
            int f = 0;
            for (FaultCue fc : e.faults()) {
                if (fc.fault() != null) {
                    f |= 1 << fc.fault().ordinal();
                }
            }
            this.faultMask = f;
        }
    }

    private final Entry[] entries;
    private final int longestTerm;

    public ExerciseSearch(Collection<Exercise> exercises) {
        this(exercises, e -> List.of());
    }

    /**
     * @param extraTerms more names to find an exercise by, matched like its aliases (an imported
     *                   lift gets the aliases of our twin, so "RDL" finds free-exercise-db's Romanian deadlift)
     */
    public ExerciseSearch(Collection<Exercise> exercises, Function<Exercise, List<String>> extraTerms) {
        List<Exercise> sorted = new ArrayList<>(exercises);
        sorted.sort(Comparator.comparing(Exercise::name, NAME_ORDER).thenComparing(Exercise::id));
        entries = new Entry[sorted.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(sorted.get(i), i, extraTerms.apply(sorted.get(i)));
        }
        int longest = 0;
        for (Entry e : entries) {
            for (Term t : e.terms) {
                longest = Math.max(longest, t.compactChars.length);
            }
        }
        longestTerm = longest;
    }

    public int size() {
        return entries.length;
    }

    /** Every hit, best first. An empty query lists everything that passes the filter: ours and yours, then imported, each in name order. */
    public List<SearchHit> search(String query, SearchFilter filter) {
        return search(query, filter, Integer.MAX_VALUE);
    }

    public List<SearchHit> search(String query, SearchFilter filter, int limit) {
        SearchFilter f = filter == null ? SearchFilter.NONE : filter;
        int categoryMask = 0;
        for (Category c : f.categories()) {
            categoryMask |= 1 << c.ordinal();
        }
        long muscleMask = 0;
        for (Muscle m : f.muscles()) {
            muscleMask |= 1L << m.ordinal();
        }
        int equipmentMask = 0;
        for (Equipment e : f.equipment()) {
            equipmentMask |= 1 << e.ordinal();
        }
        int faultMask = 0;
        for (Fault x : f.faults()) {
            faultMask |= 1 << x.ordinal();
        }
        int originMask = 0;
        for (Origin o : f.origins()) {
            originMask |= 1 << o.ordinal();
        }
        Query q = new Query(TextNorm.normalize(query), longestTerm);
        // Each hit packs (kind, distance, term, position in name order) into one long, so sorting is a primitive sort.
        long[] keys = new long[entries.length];
        int n = 0;
        for (Entry e : entries) {
            if ((categoryMask != 0 && (e.categoryBit & categoryMask) == 0)
                    || (muscleMask != 0 && (e.muscleMask & muscleMask) == 0)
                    || (equipmentMask != 0 && (e.equipmentMask & equipmentMask) == 0)
                    || (faultMask != 0 && (e.faultMask & faultMask) == 0)
                    || (originMask != 0 && (e.originBit & originMask) == 0)) {
                continue;
            }
            if (q.norm.isEmpty()) {
                keys[n++] = pack(SearchHit.Kind.ALL.ordinal(), 0, e.imported, false, 0, e.nameOrder);
                continue;
            }
            long best = Long.MAX_VALUE;
            for (int t = 0; t < e.terms.length; t++) {
                long key = match(q, e.terms[t], t, e);
                if (key < best) {
                    best = key;
                }
            }
            if (best != Long.MAX_VALUE) {
                keys[n++] = best;
            }
        }
        Arrays.sort(keys, 0, n);
        int size = Math.min(n, limit);
        List<SearchHit> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            SearchHit.Kind kind = SearchHit.Kind.values()[(int) (k >>> 56)];
            int distance = (int) ((k >>> 46) & 0xFF);
            int term = (int) ((k >>> 32) & 0x3FFF);
            Entry e = entries[(int) (k & 0xFFFFFFFFL)];
            hits.add(new SearchHit(e.exercise, kind, e.terms[term].text, distance));
        }
        return hits;
    }

    /**
     * Sort key: kind, then built-in and custom before imported (so "Face pull" from our content
     * leads free-exercise-db's "Face Pull", and our rows lead theirs for "rows"), then strength work
     * before an easy move where {@code easyLast} says so, then distance, then a name match before an
     * alias match, then name order.
     */
    private static long pack(int kind, int distance, boolean imported, boolean easyLast, int term, int nameOrder) {
        return ((long) kind << 56) | (imported ? 1L << 55 : 0L) | (easyLast ? 1L << 54 : 0L)
                | ((long) Math.min(distance, 0xFF) << 46) | ((long) Math.min(term, 0x3FFF) << 32) | nameOrder;
    }

    private static final class Query {
        final String norm;
        final String[] words;
        /** the words with a plural ending taken off ("rows" → "row"), or the word itself */
        final String[] singularWords;
        final String singularNorm;
        final String singularCompact;
        final String compact;
        final char[] compactChars;
        final long mask;
        final int maxEdits;
        final int[][] rows;
        final int[] bigrams;
        final int bigramsNeeded;

        Query(String norm, int longestTerm) {
            this.norm = norm;
            this.words = norm.isEmpty() ? new String[0] : norm.split(" ");
            this.singularWords = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                singularWords[i] = singular(words[i]);
            }
            this.singularNorm = String.join(" ", singularWords);
            // "pull ups" → "pullup": the plural ending of the whole query run together
            this.singularCompact = singular(norm.replace(" ", ""));
            this.compact = norm.replace(" ", "");
            this.compactChars = compact.toCharArray();
            this.mask = TextNorm.charMask(compact);
            this.maxEdits = maxEdits(compact.length());
            this.rows = new int[3][longestTerm + 1];
            int n = Math.max(0, compactChars.length - 1);
            this.bigrams = new int[n];
            for (int i = 0; i < n; i++) {
                bigrams[i] = bigram(compactChars[i], compactChars[i + 1]);
            }
            // An edit breaks at most three neighbouring pairs (a swap: xab y → xba y), so a match within
            // maxEdits keeps at least this many of the query's pairs somewhere in the name.
            this.bigramsNeeded = n - 3 * maxEdits;
        }
    }

    /**
     * "rows" → "row", "pullups" → "pullup", "ups" → "up"; words of two letters and words ending in
     * ss, us or is ("press", "rhomboideus", "trapezius") stay as they are.
     */
    static String singular(String word) {
        if (word.length() < 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }

    /** Edits a query of this length may need and still match: none below 3 letters, 1 up to 7, 2 up to 12, then 3. */
    static int maxEdits(int length) {
        if (length < 3) {
            return 0;
        }
        if (length <= 7) {
            return 1;
        }
        return length <= 12 ? 2 : 3;
    }

    private static long match(Query q, Term t, int termIndex, Entry e) {
        int nameOrder = e.nameOrder;
        boolean imported = e.imported;
        if (t.norm.equals(q.norm) || t.compact.equals(q.compact)
                || t.norm.equals(q.singularNorm) || t.compact.equals(q.singularCompact)) {
            return pack(SearchHit.Kind.EXACT.ordinal(), 0, imported, false, termIndex, nameOrder);
        }
        if (t.norm.startsWith(q.norm) || t.compact.startsWith(q.compact) || wholeWordsPrefix(q.singularCompact, t)) {
            if (e.easyMove && !wholeWordsPrefix(q.compact, t) && !wholeWordsPrefix(q.singularCompact, t)) {
                // "row" only starts the word "Rowing" of a warm-up: no better than the lifts' whole word "row"
                return pack(SearchHit.Kind.WORD_PREFIX.ordinal(), extraWords(q.words, t.words), imported, true, termIndex, nameOrder);
            }
            return pack(SearchHit.Kind.PREFIX.ordinal(), extraWords(q.words, t.words), imported, false, termIndex, nameOrder);
        }
        if (everyWordStartsAWord(q.words, q.singularWords, t.words)) {
            // "row" starts a word of "Light rowing" and of "Seated cable row": the lift comes first
            return pack(SearchHit.Kind.WORD_PREFIX.ordinal(), extraWords(q.words, t.words), imported, e.easyMove, termIndex, nameOrder);
        }
        if (t.norm.contains(q.norm) || t.compact.contains(q.compact)) {
            return pack(SearchHit.Kind.SUBSTRING.ordinal(), extraWords(q.words, t.words), imported, false, termIndex, nameOrder);
        }
        int k = q.maxEdits;
        // every query letter the name lacks costs at least one edit
        if (k == 0 || Long.bitCount(q.mask & ~t.mask) > k) {
            return Long.MAX_VALUE;
        }
        if (q.bigramsNeeded > 0) {
            int kept = 0;
            for (int h : q.bigrams) {
                if ((t.bigrams[h >>> 6] & (1L << h)) != 0) {
                    kept++;
                }
            }
            if (kept < q.bigramsNeeded) {
                return Long.MAX_VALUE;
            }
        }
        int d = anchoredDistance(q.compactChars, t.compactChars, t.wordStart, k, q.rows);
        return d <= k ? pack(SearchHit.Kind.FUZZY.ordinal(), d, imported, false, termIndex, nameOrder) : Long.MAX_VALUE;
    }

    /**
     * Words of the name the query leaves untouched: "pul up" fits "Pull-up" better than
     * "Band-assisted pull-up", so it comes first inside the same kind of match.
     */
    private static int extraWords(String[] queryWords, String[] termWords) {
        int extra = 0;
        for (String tw : termWords) {
            boolean touched = false;
            for (String qw : queryWords) {
                if (tw.startsWith(qw) || qw.startsWith(tw)) {
                    touched = true;
                    break;
                }
            }
            if (!touched) {
                extra++;
            }
        }
        return Math.min(extra, 0xFF);
    }

    /** The singular query is the name's first whole words run together ("pullups" → "Pull-up ..."). */
    private static boolean wholeWordsPrefix(String singularCompact, Term t) {
        int len = singularCompact.length();
        return len > 0 && t.compact.startsWith(singularCompact) && (len == t.compactChars.length || t.wordStart[len]);
    }

    /** Each query word starts a word of the name, or is the plural of a whole word of it. */
    private static boolean everyWordStartsAWord(String[] queryWords, String[] singularWords, String[] termWords) {
        for (int i = 0; i < queryWords.length; i++) {
            String qw = queryWords[i];
            String sw = singularWords[i];
            boolean found = false;
            for (String tw : termWords) {
                if (tw.startsWith(qw) || tw.equals(sw)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return queryWords.length > 0;
    }

    /**
     * The fewest edits (insert, delete, substitute, swap two neighbours) that turn {@code p} into a
     * piece of {@code text} starting at a word start and ending anywhere; stops early and returns
     * {@code k + 1} once no alignment can stay within {@code k}.
     */
    static int anchoredDistance(char[] p, char[] text, boolean[] wordStart, int k, int[][] scratch) {
        int m = p.length;
        int n = text.length;
        int inf = k + 1;
        int[] prev2 = scratch[0];
        int[] prev = scratch[1];
        int[] cur = scratch[2];
        for (int j = 0; j <= n; j++) {
            prev[j] = wordStart[j] ? 0 : inf;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = Math.min(i, inf);
            int rowMin = cur[0];
            char pc = p[i - 1];
            for (int j = 1; j <= n; j++) {
                char tc = text[j - 1];
                int v = prev[j - 1] + (pc == tc ? 0 : 1);
                int del = prev[j] + 1;
                if (del < v) {
                    v = del;
                }
                int ins = cur[j - 1] + 1;
                if (ins < v) {
                    v = ins;
                }
                if (i > 1 && j > 1 && pc == text[j - 2] && p[i - 2] == tc) {
                    int swap = prev2[j - 2] + 1;
                    if (swap < v) {
                        v = swap;
                    }
                }
                if (v > inf) {
                    v = inf;
                }
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (rowMin > k) {
                return inf;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        int best = inf;
        for (int j = 0; j <= n; j++) {
            if (prev[j] < best) {
                best = prev[j];
            }
        }
        return best;
    }
}
