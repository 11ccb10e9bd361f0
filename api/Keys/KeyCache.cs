using System.Collections.Concurrent;

namespace Attribution.Api.Keys;

/// <summary>
/// Valid keys by hash, each remembered for <see cref="Lifetime"/> so that a burst of requests costs one look-up, not one
/// per request. A revocation on this instance empties the cache at once; one on another instance is honoured here within
/// <see cref="Lifetime"/>. Only valid keys are remembered (wrong keys are limited before authentication), so the cache
/// holds at most one entry per active key.
/// </summary>
public sealed class KeyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    public sealed record Entry(long Id, string Name, Role Role);

    private sealed record Cached(Entry Key, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<string, Cached> entries = new();
    private long generation;

    /// <summary>The generation to hand back to <see cref="Remember"/>: a look-up that began before a revocation is not kept.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public Entry? Find(byte[] hash)
    {
        var id = Convert.ToBase64String(hash);
        if (!entries.TryGetValue(id, out var cached)) return null;
        if (cached.Expires > time.GetUtcNow()) return cached.Key;
        entries.TryRemove(KeyValuePair.Create(id, cached));
        return null;
    }

    public void Remember(byte[] hash, Entry key, long lookedUpAt)
    {
        if (lookedUpAt != Generation) return;
        entries[Convert.ToBase64String(hash)] = new Cached(key, time.GetUtcNow() + Lifetime);
    }

    /// <summary>Forgets every key: called once a revocation has committed.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }
}
