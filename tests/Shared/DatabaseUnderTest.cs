using JobConnect.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JobConnect.Testing;

/// <summary>
/// Where a test's database lives: a SQLite file by default, or a fresh database on a PostgreSQL
/// server when <c>JOBCONNECT_TEST_PROVIDER=PostgreSql</c> (server in <c>JOBCONNECT_TEST_POSTGRES</c>).
/// <c>./test.sh</c> runs the database suites both ways, so a test is written once for every provider.
/// </summary>
public abstract class DatabaseUnderTest
{
    public const string ProviderVariable = "JOBCONNECT_TEST_PROVIDER";
    public const string PostgresServerVariable = "JOBCONNECT_TEST_POSTGRES";

    public static string ConfiguredProvider =>
        Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } provider ? provider : DatabaseProvider.Sqlite;

    /// <summary>A new, empty database of the configured provider; <paramref name="purpose"/> names it for whoever finds it left over.</summary>
    public static DatabaseUnderTest Create(string purpose) => ConfiguredProvider switch
    {
        DatabaseProvider.Sqlite => new SqliteFile(purpose),
        DatabaseProvider.PostgreSql => new PostgreSqlDatabase(purpose,
            Environment.GetEnvironmentVariable(PostgresServerVariable)
                ?? throw new InvalidOperationException($"{ProviderVariable}=PostgreSql needs {PostgresServerVariable} (a connection string to the server; ./test.sh sets both).")),
        var other => throw new InvalidOperationException($"{ProviderVariable}={other}: use {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSql}."),
    };

    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>The app's configuration keys that point it at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Database:Provider", Provider),
        new($"ConnectionStrings:{Provider}", ConnectionString),
    ];

    public abstract Task CreateAsync();
    public abstract Task DropAsync();

    private sealed class SqliteFile(string purpose) : DatabaseUnderTest
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"jobconnect-{purpose}-{Guid.NewGuid():N}.db");

        public override string Provider => DatabaseProvider.Sqlite;
        public override string ConnectionString => $"Data Source={_path}";

        public override Task CreateAsync() => Task.CompletedTask;

        public override Task DropAsync()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_path);
            return Task.CompletedTask;
        }
    }

    private sealed class PostgreSqlDatabase : DatabaseUnderTest
    {
        private readonly string _server;
        private readonly string _name;

        public PostgreSqlDatabase(string purpose, string server)
        {
            _server = server;
            _name = $"jobconnect_{purpose.Replace('-', '_')}_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        }

        public override string Provider => DatabaseProvider.PostgreSql;
        public override string ConnectionString { get; }

        public override Task CreateAsync() => OnServerAsync($"CREATE DATABASE \"{_name}\"");

        public override async Task DropAsync()
        {
            await using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }

        private async Task OnServerAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
