using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Attribution.Api.Events;
using FluentValidation;

namespace Attribution.Api.Webhooks;

/// <summary>A webhook endpoint: where to send which events.</summary>
public sealed record WebhookRequest
{
    /// <summary>The receiver (http or https). Private and loopback addresses are refused unless the service allows them.</summary>
    /// <example>https://cms.example/hooks/attribution</example>
    public string Url { get; init; } = "";
    /// <summary>Event types to send (quote.retracted, quote.reviewed, ...), or "*" for all.</summary>
    /// <example>["quote.retracted", "quote.reviewed", "quote.updated"]</example>
    public string[] Events { get; init; } = ["*"];
    /// <example>CMS: unpublish retracted quotes</example>
    public string? Description { get; init; }
    /// <summary>Whether events are sent; enabling again clears a failure-disabled state.</summary>
    /// <example>true</example>
    public bool Enabled { get; init; } = true;
}

public sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator(IConfiguration configuration)
    {
        var allowPrivate = configuration.GetValue<bool>(Destinations.AllowPrivateSetting);
        RuleFor(w => w.Url).NotEmpty().MaximumLength(2048).Must(url => Destinations.Check(url, allowPrivate) is null)
            .WithMessage((_, url) => Destinations.Check(url, allowPrivate) ?? "");
        RuleFor(w => w.Events).NotEmpty().WithMessage("'events' needs at least one event type, or \"*\".")
            .Must(e => e.Length <= 50).WithMessage("'events' may list at most 50 types.");
        RuleForEach(w => w.Events).Must(EventFeed.IsType).WithMessage("'{PropertyValue}' is not an event type such as quote.retracted, or \"*\".");
        RuleFor(w => w.Description).MaximumLength(500);
    }
}

/// <summary>A stored webhook endpoint, without its secret.</summary>
public record WebhookResponse
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <example>https://cms.example/hooks/attribution</example>
    public required string Url { get; init; }
    /// <example>["quote.retracted"]</example>
    public required string[] Events { get; init; }
    /// <example>CMS: unpublish retracted quotes</example>
    public string? Description { get; init; }
    /// <example>true</example>
    public required bool Enabled { get; init; }
    /// <summary>Since when deliveries have been failing (null while they succeed).</summary>
    public DateTimeOffset? FailingSince { get; init; }
    /// <summary>Why the service disabled the endpoint, if it did (after a day of failures).</summary>
    /// <example>Deliveries failed for 24 hours; fix the receiver and enable it again.</example>
    public string? DisabledReason { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A webhook endpoint with its signing secret: only when it is created or its secret rotated.</summary>
public sealed record WebhookWithSecret : WebhookResponse
{
    /// <summary>The Standard Webhooks signing secret: keep it to verify webhook-signature. Shown only now.</summary>
    /// <example>whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw</example>
    public required string Secret { get; init; }
}

/// <summary>One try to deliver an event.</summary>
public sealed record DeliveryAttempt
{
    public required DateTimeOffset At { get; init; }
    /// <summary>The receiver's HTTP status; null when there was no answer.</summary>
    /// <example>503</example>
    public int? StatusCode { get; init; }
    /// <example>The receiver answered 503.</example>
    public string? Error { get; init; }
    /// <example>42</example>
    public required int DurationMs { get; init; }
}

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,
    /// <summary>Every attempt failed; POST .../redeliver tries again.</summary>
    Failed,
}

/// <summary>The delivery of one event to one endpoint, with its attempts.</summary>
public sealed record DeliveryResponse
{
    /// <example>7</example>
    public required long Id { get; init; }
    /// <example>evt_41</example>
    public required string EventId { get; init; }
    /// <example>quote</example>
    public required string Resource { get; init; }
    /// <example>succeeded</example>
    public required DeliveryStatus Status { get; init; }
    /// <example>1</example>
    public required int Attempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required IReadOnlyList<DeliveryAttempt> AttemptLog { get; init; }
}

/// <summary>Standard Webhooks signatures: HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}" with the secret's bytes.</summary>
public static class Signature
{
    public const string Prefix = "whsec_";

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }
}

/// <summary>
/// Where the service may send webhooks: http(s) URLs whose addresses are public, unless
/// Attribution:Webhooks:AllowPrivateAddresses is true, so that the service cannot be used to probe an internal network.
/// The address is checked when the URL is given and again, resolved, when each delivery connects.
/// </summary>
public static class Destinations
{
    public const string AllowPrivateSetting = "Attribution:Webhooks:AllowPrivateAddresses";

    /// <summary>Why the URL cannot receive webhooks, or null.</summary>
    public static string? Check(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "'url' must be an absolute http or https URL.";
        if (uri.UserInfo.Length > 0) return "'url' must not carry a user name or password.";
        if (allowPrivate) return null;
        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return "'url' points to this machine; receivers on loopback and private addresses are refused.";
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsPrivate(address)
            ? "'url' points to a private address; receivers on loopback and private addresses are refused." : null;
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
               || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    /// <summary>An HTTP handler that connects only to allowed addresses (checked after DNS), follows no redirects and
    /// gives up after <paramref name="timeout"/>.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate, TimeSpan timeout) => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = addresses.Where(a => allowPrivate || !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
                throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to private or loopback addresses, which are refused.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
