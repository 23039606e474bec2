using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.FairDay;

/// <summary>
/// Roles × fair-day pages over HTTP: the desk for organizers and the check-in right (which opens nothing
/// else), the live overview for organizers, the booth for company staff, the clients' fair day for caseworkers.
/// </summary>
public sealed class FairDayPageAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    private static readonly string[] Users = [OrganizerEmail, CaseworkerEmail, EmployerEmail, DeskEmail];

    private static readonly Dictionary<string, string[]> OpenTo = new()
    {
        ["/checkin"] = [OrganizerEmail, DeskEmail],
        ["/organizer/fair-day"] = [OrganizerEmail],
        ["/employer/booth"] = [EmployerEmail],
        ["/fair-day"] = [CaseworkerEmail],
        ["/invitations"] = [OrganizerEmail, CaseworkerEmail],
        ["/jobseekers"] = [CaseworkerEmail],
        ["/organizer"] = [OrganizerEmail],
        ["/employer/schedule"] = [EmployerEmail],
    };

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (page, allowed) in OpenTo)
        {
            foreach (var user in Users)
            {
                data.Add(user, page, allowed.Contains(user));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Fair_day_pages_are_open_only_to_their_roles(string email, string page, bool allowed)
    {
        await factory.AssertPageAccessAsync(email, page, allowed);
    }
}
