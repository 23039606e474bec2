namespace JobConnect.Infrastructure.Seeding;

public sealed record DemoLogin(string Role, string Email, string Password);

public sealed class DemoSeeder
{
    public Task<IReadOnlyList<DemoLogin>> SeedAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<DemoLogin>>([]);
    }
}
