namespace JobConnect.Infrastructure.Data;

/// <summary>Configuration section "Database": which provider the app runs on.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default), "SqlServer" or "PostgreSql" (production servers).</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo fair and demo logins when the database is empty.</summary>
    public bool SeedDemoData { get; set; }
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";
}
