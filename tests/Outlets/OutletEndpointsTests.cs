using System.Net;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Outlets;

public sealed class OutletEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Creating_an_outlet_returns_it_with_its_location()
    {
        var response = await client.PostJsonAsync("/outlets", new { name = "BLiTZ", domain = "WWW.WeeklyBlitz.net", country = "BD" });
        var outlet = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal($"/outlets/{outlet.Id()}", response.Headers.Location?.ToString());
        Assert.Equal("BLiTZ", (string?)outlet["name"]);
        Assert.Equal("weeklyblitz.net", (string?)outlet["domain"]);
        Assert.Equal("BD", (string?)outlet["country"]);
        var fetched = await client.GetJsonAsync($"/outlets/{outlet.Id()}");
        Assert.Equal(outlet.ToJsonString(), fetched.ToJsonString());
    }

    [Fact]
    public async Task A_second_outlet_with_the_same_domain_is_409_naming_the_existing_one()
    {
        var first = await client.OutletAsync("dup.example.com");

        var response = await client.PostJsonAsync("/outlets", new { name = "Copy", domain = "www.dup.example.com" });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Id(), (long)problem["existingId"]!);
        Assert.Contains("domain", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"X","domain":"not a domain"}""", "domain")]
    [InlineData("""{"name":"X","country":"gbr"}""", "country")]
    public async Task An_invalid_outlet_is_400_naming_the_field(string body, string field)
    {
        var response = await client.PostRawAsync("/outlets", body);
        await response.ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_unknown_outlet_is_404()
    {
        var problem = await (await client.GetAsync("/outlets/987654")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("987654", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Outlets_page_by_cursor_without_loss_or_repeats()
    {
        var created = new List<long>();
        for (var i = 0; i < 7; i++) created.Add((await client.OutletAsync()).Id());

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/outlets?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page["items"]!.AsArray().Select(o => o!.Id()));
            cursor = (string?)page["nextCursor"];
        } while (cursor is not null);

        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Subset(seen.ToHashSet(), created.ToHashSet());
    }
}
