namespace JobConnect.Infrastructure.Data;

/// <summary>Configuration section "Database": which provider the app runs on.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default) or "SqlServer" (production).</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo fair and demo logins when the database is empty.</summary>
    public bool SeedDemoData { get; set; }
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
