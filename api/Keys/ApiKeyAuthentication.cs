using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Dapper;
using Attribution.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Keys;

/// <summary>
/// Authenticates the X-Api-Key header against the stored key hashes (and ATTRIBUTION_ADMIN_KEY when set).
/// A valid key is remembered for a second (<see cref="KeyCache"/>): a key revoked here stops working at once, one revoked
/// through another instance within a second. 401 and 403 are problem documents.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    NpgsqlDataSource db, KeyCache cache, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string BootstrapSetting = "ATTRIBUTION_ADMIN_KEY";

    private const string SelectActiveKey = "select id, name, role from api_keys where key_hash = @Hash and revoked_at is null";

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        if (values is not [{ Length: > 0 and <= 200 } key]) return AuthenticateResult.Fail("The X-Api-Key header must hold one key.");

        var hash = Hash(key);
        if (configuration[BootstrapSetting] is { Length: > 0 } bootstrap && CryptographicOperations.FixedTimeEquals(hash, Hash(bootstrap)))
            return Success(Actor.BootstrapAdmin, Role.Admin);

        var known = cache.Find(hash);
        if (known is null)
        {
            var generation = cache.Generation;
            await using var connection = await db.OpenConnectionAsync(Context.RequestAborted);
            known = await connection.QuerySingleOrDefaultAsync<KeyCache.Entry>(
                new CommandDefinition(SelectActiveKey, new { Hash = hash }, cancellationToken: Context.RequestAborted));
            if (known is not null) cache.Remember(hash, known, generation);
        }
        return known is null
            ? AuthenticateResult.Fail("The API key is not valid or has been revoked.")
            : Success(new Actor(known.Id, known.Name), known.Role);
    }

    private static AuthenticateResult Success(Actor actor, Role role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, actor.Name), new(ClaimTypes.Role, role.ToString()) };
        if (actor.KeyId is { } id) claims.Add(new Claim(Actor.KeyIdClaim, id.ToString()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await WriteProblemAsync("An API key is needed", result.Failure?.Message ?? $"Send an API key in the {Header} header.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirstValue(ClaimTypes.Role);
        await WriteProblemAsync("The key's role does not allow this",
            $"This key has the {role?.ToLowerInvariant()} role: readers may read, editors may also write, admins may also manage keys.");
    }

    private Task WriteProblemAsync(string title, string detail) => Problems.WriteAsync(Context, Response.StatusCode, title, detail);
}
