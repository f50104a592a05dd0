package org.isec.marketplace.domain.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, column-oriented snapshot of supplier profiles: every set is normalised and interned once here,
 * so ranking a commission scans primitive arrays and allocates nothing per supplier. Rebuild it when profiles
 * change; it is cheap (about a second for 100,000 profiles) compared with how often it is read.
 */
public final class SupplierIndex {

    final int size;
    final String[] ids;
    final String[] names;
    final boolean[] canTrade;
    final int[] atecoStart;
    final int[] ateco;
    final int[] capStart;
    final int[] caps;
    final int[] langStart;
    final int[] langs;
    final int[] region;
    final int[] province;
    final float[] reputation;
    final float[] onTime;
    final Vocabulary capabilities = new Vocabulary();
    final Vocabulary languages = new Vocabulary();
    final Vocabulary regions = new Vocabulary();
    final Vocabulary provinces = new Vocabulary();
    /** Who works in ATECO division 00..99, and who offers capability k: the only suppliers a demand can be relevant to. */
    final int[][] byDivision;
    final int[][] byCapability;
    private final Map<String, Integer> positions;

    private SupplierIndex(List<SupplierProfile> profiles) {
        size = profiles.size();
        ids = new String[size];
        names = new String[size];
        canTrade = new boolean[size];
        atecoStart = new int[size + 1];
        capStart = new int[size + 1];
        langStart = new int[size + 1];
        region = new int[size];
        province = new int[size];
        reputation = new float[size];
        onTime = new float[size];
        positions = new HashMap<>(size * 2);
        IntList atecoAll = new IntList();
        IntList capsAll = new IntList();
        IntList langsAll = new IntList();
        for (int i = 0; i < size; i++) {
            SupplierProfile p = profiles.get(i);
            ids[i] = p.memberId();
            names[i] = p.displayName();
            positions.put(p.memberId(), i);
            canTrade[i] = p.canTrade();
            atecoStart[i] = atecoAll.size;
            if (p.atecoCodes() != null) {
                p.atecoCodes().stream().filter(AtecoCode::isValid).map(AtecoCode::pack).distinct().forEach(atecoAll::add);
            }
            capStart[i] = capsAll.size;
            Terms.terms(p.capabilities()).forEach(c -> capsAll.add(capabilities.intern(c)));
            langStart[i] = langsAll.size;
            Terms.languages(p.languages()).forEach(l -> langsAll.add(languages.intern(l)));
            region[i] = internOrUnknown(regions, Terms.term(p.region()));
            province[i] = internOrUnknown(provinces, Terms.term(p.province()));
            reputation[i] = (float) clamp(p.reputation());
            onTime[i] = (float) clamp(p.onTime());
        }
        atecoStart[size] = atecoAll.size;
        capStart[size] = capsAll.size;
        langStart[size] = langsAll.size;
        ateco = atecoAll.toArray();
        caps = capsAll.toArray();
        langs = langsAll.toArray();
        byDivision = postings(100, ateco, atecoStart, AtecoCode::division);
        byCapability = postings(capabilities.size(), caps, capStart, c -> c);
    }

    /** Inverted lists, each sorted by position and without duplicates. */
    private int[][] postings(int keys, int[] values, int[] start, java.util.function.IntUnaryOperator key) {
        int[] counts = new int[keys];
        int[] last = new int[keys];
        java.util.Arrays.fill(last, -1);
        for (int i = 0; i < size; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                int v = key.applyAsInt(values[k]);
                if (v >= 0 && last[v] != i) {
                    last[v] = i;
                    counts[v]++;
                }
            }
        }
        int[][] lists = new int[keys][];
        for (int v = 0; v < keys; v++) {
            lists[v] = new int[counts[v]];
        }
        java.util.Arrays.fill(last, -1);
        int[] fill = new int[keys];
        for (int i = 0; i < size; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                int v = key.applyAsInt(values[k]);
                if (v >= 0 && last[v] != i) {
                    last[v] = i;
                    lists[v][fill[v]++] = i;
                }
            }
        }
        return lists;
    }

    /** Profiles are ordered by member id, which makes equal scores rank the same way on every instance. */
    public static SupplierIndex of(Collection<SupplierProfile> profiles) {
        List<SupplierProfile> sorted = new ArrayList<>(profiles);
        sorted.sort(Comparator.comparing(SupplierProfile::memberId));
        return new SupplierIndex(sorted);
    }

    public int size() {
        return size;
    }

    int position(String memberId) {
        Integer p = memberId == null ? null : positions.get(memberId);
        return p == null ? -1 : p;
    }

    int[] positions(Set<String> memberIds) {
        return memberIds.stream().mapToInt(this::position).filter(p -> p >= 0).sorted().toArray();
    }

    private static int internOrUnknown(Vocabulary v, String term) {
        return term.isEmpty() ? Vocabulary.UNKNOWN : v.intern(term);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static final class IntList {
        int[] data = new int[1024];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
