using System.Security.Cryptography;
using System.Text;
using JobConnect.EndToEnd.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace JobConnect.EndToEnd.Tests.Production;

/// <summary>The embedded SQLite installation: online backup while the app runs, loss of the file, restore (docs/deploy.md).</summary>
public sealed class SqliteBackupTests
{
    [Fact]
    public async Task An_online_backup_of_the_running_app_restores_every_record_after_the_database_is_lost()
    {
        var backup = Path.Combine(Path.GetTempPath(), $"jobconnect-backup-{Guid.NewGuid():N}.db");
        SortedDictionary<string, string> before;
        string path;
        await using (var running = new AppServer())
        {
            running.Start();
            path = running.DatabasePath;
            before = TableChecksums(path);

            // sqlite3's .backup uses SQLite's online backup API: a consistent copy while the app holds its connections.
            await TwoInstances.RunAsync("sqlite3", [path, $".backup '{backup}'"]);
        } // disposing the server deletes its database file: the disk is gone.
        Assert.False(File.Exists(path));

        File.Copy(backup, path);
        await using var restored = new AppServer(path);
        restored.Start();
        using var client = restored.CreateClient();
        var login = await client.GetAsync("account/login", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        Assert.Matches("^[1-9][0-9]* rows", before["Jobseekers"]);
        Assert.Equal(before, TableChecksums(path));
        File.Delete(backup);
    }

    /// <summary>Per table: row count and a SHA-256 over every value of every row in rowid order.</summary>
    private static SortedDictionary<string, string> TableChecksums(string path)
    {
        var checksums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            using var rows = new SqliteCommand($"SELECT * FROM \"{table}\" ORDER BY rowid", connection).ExecuteReader();
            var text = new StringBuilder();
            var count = 0;
            while (rows.Read())
            {
                count++;
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    text.Append(rows.IsDBNull(i) ? "∅" : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
                text.Append('\n');
            }
            checksums[table] = $"{count} rows, sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))}";
        }
        return checksums;
    }
}
