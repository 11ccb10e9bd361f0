using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Outlets;

public static class OutletEndpoints
{
    public static IEndpointRouteBuilder MapOutlets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/outlets").WithTags("Outlets").WithValidation().WithReadWriteAccess();

        group.MapPost("/", CreateOutlet)
            .WithRequestExample(new { name = "Springfield Shopper", domain = "springfield-shopper.example", country = "US" }).WithName("CreateOutlet").WithSummary("Create an outlet")
            .WithDescription("Registers a news outlet. The domain is unique: a second outlet with the same domain gets 409 with the existing id.");
        group.MapGet("/", ListOutlets).WithName("ListOutlets").WithSummary("List outlets")
            .WithDescription("Outlets in the order they were created, a page at a time.");
        group.MapGet("/{id:long}", GetOutlet).WithName("GetOutlet").WithSummary("Get an outlet")
            .WithDescription("One outlet by id.");
        group.MapHistory("outlet");
        return routes;
    }

    internal const string Columns = "id, name, domain, country";

    private const string InsertOutlet = $"""
        insert into outlets (name, domain, country) values (@Name, @Domain, @Country)
        on conflict (domain) do nothing
        returning {Columns}
        """;

    private const string SelectOutletIdByDomain = "select id from outlets where domain = @Domain";

    private const string SelectOutlet = $"select {Columns} from outlets where id = @Id";

    private const string SelectOutletPage = $"""
        select {Columns} from outlets
        where id > coalesce(@After, 0)
        order by id
        limit @Limit + 1
        """;

    internal static Task<Results<Created<OutletResponse>, ProblemHttpResult>> CreateOutlet(OutletRequest request, NpgsqlDataSource db,
        HttpContext http) =>
        db.CreateAsync<OutletResponse>(http, "outlet", async write =>
        {
            var domain = OutletRequest.NormalizeDomain(request.Domain);
            var created = await write.Connection.QuerySingleOrDefaultAsync<OutletResponse>(write.Command(InsertOutlet,
                new { Name = request.Name.Trim(), Domain = domain, request.Country }));
            if (created is not null) return created;
            var existing = await write.Connection.ExecuteScalarAsync<long>(write.Command(SelectOutletIdByDomain, new { Domain = domain }));
            return Problems.Conflict("domain", $"An outlet with domain '{domain}' already exists.", existing);
        }, outlet => outlet.Id);

    internal static async Task<Ok<Page<OutletResponse>>> ListOutlets([AsParameters] PageQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<OutletResponse>(new CommandDefinition(SelectOutletPage,
            new { After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), o => o.Id));
    }

    internal static async Task<Results<Ok<OutletResponse>, ProblemHttpResult>> GetOutlet(long id, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var outlet = await connection.QuerySingleOrDefaultAsync<OutletResponse>(new CommandDefinition(SelectOutlet, new { Id = id }, cancellationToken: ct));
        return outlet is null ? Problems.NotFound("outlet", id) : TypedResults.Ok(outlet);
    }
}
