using CampaignSim.Testing;
using Npgsql;

namespace CampaignSim.Infrastructure.Tests;

public sealed class PostgresFixtureTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task postgres_fixture_gives_an_isolated_database()
    {
        var ct = TestContext.Current.CancellationToken;

        await using var first = new NpgsqlConnection(postgres.ConnectionString);
        await first.OpenAsync(ct);
        await using (var name = new NpgsqlCommand("select current_database()", first))
        {
            var database = (string?)await name.ExecuteScalarAsync(ct);
            Assert.NotNull(database);
            Assert.StartsWith("t_", database);
        }
        await using (var create = new NpgsqlCommand("create table isolation_probe (id int primary key)", first))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var secondConnectionString = await postgres.CreateDatabaseAsync(ct);
        await using var second = new NpgsqlConnection(secondConnectionString);
        await second.OpenAsync(ct);
        await using (var name = new NpgsqlCommand("select current_database()", second))
        {
            var database = (string?)await name.ExecuteScalarAsync(ct);
            Assert.StartsWith("t_", database);
            Assert.NotEqual(first.Database, database);
        }
        await using var lookup = new NpgsqlCommand("select to_regclass('public.isolation_probe') is not null", second);
        Assert.False((bool)(await lookup.ExecuteScalarAsync(ct))!);

        await using var lookupFirst = new NpgsqlCommand("select to_regclass('public.isolation_probe') is not null", first);
        Assert.True((bool)(await lookupFirst.ExecuteScalarAsync(ct))!);
    }
}
