namespace Attribution.Api.Extraction;

/// <summary>Binary search over lists kept in text order, so that looking up what lies before a position costs the
/// logarithm of the list's length and extraction stays linear in the text.</summary>
internal static class Sorted
{
    /// <summary>How many items, from the first, satisfy a condition that holds for a prefix of the list.</summary>
    public static int Prefix<T>(IReadOnlyList<T> items, Func<T, bool> holds)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (holds(items[middle])) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
