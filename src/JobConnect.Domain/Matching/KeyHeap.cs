namespace JobConnect.Domain.Matching;

/// <summary>
/// A bounded min-heap of ranking keys in a span: the root is the worst kept entry, so a candidate
/// enters only if it beats the root. Keys order like rankings (see <see cref="RankingKey"/>).
/// </summary>
internal static class KeyHeap
{
    /// <summary>Offers a key; returns true when it was kept.</summary>
    public static bool Offer(Span<long> heap, ref int count, long key)
    {
        if (count < heap.Length)
        {
            var i = count++;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (heap[parent] <= key)
                {
                    break;
                }

                heap[i] = heap[parent];
                i = parent;
            }

            heap[i] = key;
            return true;
        }

        if (key <= heap[0])
        {
            return false;
        }

        SiftDown(heap, key);
        return true;
    }

    private static void SiftDown(Span<long> heap, long key)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= key)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = key;
    }
}

/// <summary>
/// Packs points and the other side's index into one long so that a larger key ranks higher:
/// points descending, then index (= id order) ascending.
/// </summary>
internal static class RankingKey
{
    public static long Of(int points, int index) => ((long)points << 32) | (uint)(int.MaxValue - index);

    public static int Points(long key) => (int)(key >> 32);

    public static int Index(long key) => int.MaxValue - (int)(uint)key;
}
