using System.Text;

namespace Attribution.Api.Articles;

/// <summary>
/// One spelling per article address, so that the same article sent twice is recognised: lower-case scheme and host,
/// no default port, no fragment, no trailing slash, no tracking parameters (utm_*, fbclid, gclid, …), the rest of the
/// query sorted.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ocid", "cmpid", "sr_share", "smid", "ncid", "__twitter_impression", "at_medium", "at_campaign",
    };

    public static bool TryNormalize(string? value, out string canonical)
    {
        canonical = "";
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
            return false;

        var url = new StringBuilder(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort) url.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath.TrimEnd('/');
        url.Append(path);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair[..(pair.IndexOf('=') is var eq and >= 0 ? eq : pair.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (query.Count > 0) url.Append('?').AppendJoin('&', query);
        canonical = url.ToString();
        return canonical.Length <= 2048;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
