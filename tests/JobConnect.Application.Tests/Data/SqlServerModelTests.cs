using System.Text.RegularExpressions;
using JobConnect.Application.Data;
using JobConnect.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;

namespace JobConnect.Application.Tests.Data;

/// <summary>
/// What SQL Server refuses at migration time and SQLite never checks, checked on the SQL Server model
/// without a server (ADR 0005): no table reachable by two cascade paths, no index key over SQL Server's limits.
/// </summary>
public sealed class SqlServerModelTests
{
    private static IModel SqlServerModel()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SqlServer"] = "Server=localhost;Database=JobConnect;User Id=sa;Password=unused;TrustServerCertificate=True",
        }).Build();
        var builder = new DbContextOptionsBuilder<JobConnectDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, configuration);
        using var db = new JobConnectDbContext(builder.Options);
        return db.Model;
    }

    /// <summary>Cascading foreign keys between tables (SET NULL counts too); owned types live in their owner's table.</summary>
    private static List<(string From, string To)> CascadeEdges(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => !fk.IsOwnership && fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths_nor_by_a_cascade_cycle()
    {
        var edges = CascadeEdges(SqlServerModel());

        Assert.Contains(("Invitations", "Conversations"), edges);
        Assert.Empty(CascadeProblems(edges));
    }

    [Fact]
    public void A_second_cascade_path_would_be_found()
    {
        // Booths → Conversations cascading too would give Fairs two paths to Conversations (via phases and invitations, via booths).
        List<(string, string)> edges = [.. CascadeEdges(SqlServerModel()), ("Booths", "Conversations")];

        Assert.Contains("Fairs → Conversations: 2 cascade paths", CascadeProblems(edges));
    }

    /// <summary>Every table reached from another by more than one cascade path (SQL Server error 1785), and every cycle.</summary>
    private static List<string> CascadeProblems(List<(string From, string To)> edges)
    {
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string table, List<string> trail)
            {
                foreach (var next in edges.Where(e => e.From == table).Select(e => e.To))
                {
                    if (trail.Contains(next))
                    {
                        problems.Add($"cycle: {string.Join(" → ", trail)} → {next}");
                        continue;
                    }
                    paths[next] = paths.GetValueOrDefault(next) + 1;
                    Walk(next, [.. trail, next]);
                }
            }
            Walk(start, [start]);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{start} → {p.Key}: {p.Value} cascade paths"));
        }
        return problems.Distinct().ToList();
    }

    /// <summary>
    /// ASP.NET Core Identity's own composite keys are declared wider than 900 bytes (user and role ids as
    /// nvarchar(450)); SQL Server creates them with a warning, and their values are GUID strings of 72 bytes.
    /// </summary>
    private static readonly string[] IdentityKeysOverDeclaredLimit = ["PK_AspNetUserLogins", "PK_AspNetUserRoles", "PK_AspNetUserTokens"];

    [Fact]
    public void Every_index_key_fits_sql_servers_limits()
    {
        var model = SqlServerModel();
        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var keys = entity.GetIndexes().Select(i => (Name: i.GetDatabaseName() ?? "", i.Properties, Limit: 1700))
                .Concat(entity.GetKeys().Select(k => (Name: k.GetName() ?? "", k.Properties, Limit: k.IsPrimaryKey() ? 900 : 1700)));
            foreach (var (name, properties, limit) in keys)
            {
                var bytes = properties.Sum(p => KeyBytes(p.GetColumnType()));
                if (bytes > limit && !IdentityKeysOverDeclaredLimit.Contains(name))
                {
                    problems.Add($"{name}: {bytes} bytes > {limit} ({string.Join(", ", properties.Select(p => p.GetColumnType()))})");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("nvarchar(450)", 900)]
    [InlineData("varchar(40)", 40)]
    [InlineData("int", 4)]
    [InlineData("nvarchar(max)", int.MaxValue / 2)]
    public void Key_bytes_are_counted_as_sql_server_stores_them(string type, int bytes) => Assert.Equal(bytes, KeyBytes(type));

    /// <summary>Bytes a column takes in an index key; a (max) column cannot be a key column at all.</summary>
    private static int KeyBytes(string columnType)
    {
        var match = Regex.Match(columnType, @"^(n?)(var)?char\((\d+|max)\)$");
        if (match.Success)
        {
            return match.Groups[3].Value == "max" ? int.MaxValue / 2 : int.Parse(match.Groups[3].Value) * (match.Groups[1].Value == "n" ? 2 : 1);
        }
        return columnType switch
        {
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" => 4,
            "time" => 5,
            "bigint" or "float" or "datetime2" or "datetime" => 8,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            _ when columnType.StartsWith("decimal", StringComparison.Ordinal) => 17,
            _ => throw new InvalidOperationException($"Unknown SQL Server key type '{columnType}': add its size."),
        };
    }
}
