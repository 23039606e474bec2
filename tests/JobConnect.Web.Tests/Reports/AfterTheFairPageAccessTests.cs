using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Reports;

/// <summary>
/// Roles × pages after the fair: the results page for every role (each sees its own share), attendance for
/// organizers and caseworkers, follow-ups for caseworkers, the feedback form for companies.
/// </summary>
public sealed class AfterTheFairPageAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        var open = new Dictionary<string, string[]>
        {
            ["/reports"] = [OrganizerEmail, CaseworkerEmail, EmployerEmail],
            ["/attendance"] = [OrganizerEmail, CaseworkerEmail],
            ["/follow-ups"] = [CaseworkerEmail],
            ["/employer/feedback"] = [EmployerEmail],
        };
        foreach (var (page, allowed) in open)
        {
            foreach (var email in new[] { OrganizerEmail, CaseworkerEmail, EmployerEmail })
            {
                data.Add(email, page, allowed.Contains(email));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Pages_are_open_only_to_their_roles(string email, string page, bool allowed)
    {
        await factory.AssertPageAccessAsync(email, page, allowed);
    }
}
