package org.isec.marketplace.domain.matching;

/**
 * The best {@code capacity} (score, position) pairs seen so far, in a min-heap of primitives: ranking 100,000
 * suppliers for a top-20 costs 100,000 comparisons with the weakest kept one instead of a full sort.
 * Equal scores prefer the lower position (member id order), so results are deterministic.
 */
final class TopN {

    private final double[] scores;
    private final int[] positions;
    private int size;

    TopN(int capacity) {
        scores = new double[capacity];
        positions = new int[capacity];
    }

    int size() {
        return size;
    }

    void offer(double score, int position) {
        if (size < scores.length) {
            scores[size] = score;
            positions[size] = position;
            siftUp(size++);
        } else if (size > 0 && better(score, position, scores[0], positions[0])) {
            scores[0] = score;
            positions[0] = position;
            siftDown(0);
        }
    }

    void addAll(TopN other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.scores[i], other.positions[i]);
        }
    }

    /** Positions best first; empties the heap. */
    int[] drainBestFirst() {
        int[] out = new int[size];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = positions[0];
            size--;
            if (size > 0) {
                scores[0] = scores[size];
                positions[0] = positions[size];
                siftDown(0);
            }
        }
        return out;
    }

    private static boolean better(double s1, int p1, double s2, int p2) {
        return s1 > s2 || (s1 == s2 && p1 < p2);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(scores[parent], positions[parent], scores[i], positions[i])) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(scores[left], positions[left], scores[right], positions[right])) {
                worst = right;
            }
            if (!better(scores[i], positions[i], scores[worst], positions[worst])) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int p = positions[a];
        positions[a] = positions[b];
        positions[b] = p;
    }
}
