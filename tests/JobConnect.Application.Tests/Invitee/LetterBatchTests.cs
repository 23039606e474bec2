using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.PersonalPage;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Invitee;

/// <summary>Proof of dispatch: printing records each letter and moves planned to invited in one step; a mistaken batch is undone.</summary>
public sealed class LetterBatchTests : IAsyncLifetime
{
    private readonly InviteeWorld _world = new();

    public ValueTask InitializeAsync() => _world.InitializeAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Printing_a_phase_marks_exactly_the_printed_people_and_undo_restores_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var own = await _world.InviteAsync(_world.Agency, 3);
        var others = await _world.InviteAsync(_world.Jobcentre, 2);

        var pdf = await _world.Print.PhaseAsync(_world.Agency, _world.Fair.Phase(TestPhases.Morning).Id, ct);

        Assert.NotNull(pdf);
        var dispatches = await _world.Db.QueryAsync(db => db.LetterDispatches.AsNoTracking().ToListAsync(ct));
        Assert.Equal(own.Order(), dispatches.Select(d => d.InvitationId).Order());
        Assert.All(dispatches, d =>
        {
            Assert.Equal((LetterKind.Invitation, DispatchChannel.Print, "cw-aa", InvitationStatus.Planned), (d.Kind, d.Channel, d.IssuedByUserId, d.StatusBefore));
            Assert.Equal(_world.Clock.GetUtcNow().UtcDateTime, d.IssuedUtc);
        });
        Assert.Single(dispatches.Select(d => d.BatchId).Distinct());
        foreach (var id in own)
        {
            Assert.Equal(InvitationStatus.Invited, (await _world.InvitationAsync(id)).Status);
        }
        foreach (var id in others)
        {
            Assert.Equal(InvitationStatus.Planned, (await _world.InvitationAsync(id)).Status);
        }
        var rows = await _world.Invitations.PlansAsync(_world.Agency, ct);
        Assert.All(rows, r => Assert.True(r.AwaitsConfirmation && r.LastLetter?.Channel == DispatchChannel.Print));

        var batch = Assert.Single(await _world.Batches.ListAsync(_world.Agency, ct: ct));
        Assert.Equal(3, batch.Letters);
        Assert.Empty(await _world.Batches.ListAsync(_world.Jobcentre, ct: ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Batches.UndoAsync(_world.Jobcentre, batch.Id, ct));

        Assert.Equal(3, await _world.Batches.UndoAsync(_world.Agency, batch.Id, ct));
        Assert.Equal(0, await _world.Batches.UndoAsync(_world.Agency, batch.Id, ct));
        foreach (var id in own)
        {
            var invitation = await _world.InvitationAsync(id);
            Assert.Equal(InvitationStatus.Planned, invitation.Status);
            Assert.Equal([InvitationStatus.Planned, InvitationStatus.Invited, InvitationStatus.Planned], invitation.History.Select(h => h.Status));
        }
        Assert.All(await _world.Invitations.PlansAsync(_world.Agency, ct), r => Assert.Null(r.LastLetter));
        Assert.Equal(3, await _world.MorningSeatsTakenAsync() - 2);
    }

    [Fact]
    public async Task Undo_leaves_people_who_answered_or_hold_an_earlier_letter_as_they_are()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await _world.InviteAsync(_world.Agency, 3);
        var earlier = await _world.PrintAsync(_world.Agency, [ids[0]]);
        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        var mistaken = await _world.PrintAsync(_world.Agency, ids);
        Assert.Equal(AnswerOutcome.Confirmed, await _world.Respond.HandleAsync(mistaken[ids[1]], new InvitationAnswer { Attend = true }, ct));
        var batch = (await _world.Batches.ListAsync(_world.Agency, ct: ct))[0];
        Assert.Equal(3, batch.Letters);

        Assert.Equal(1, await _world.Batches.UndoAsync(_world.Agency, batch.Id, ct));

        Assert.Equal(InvitationStatus.Invited, (await _world.InvitationAsync(ids[0])).Status);
        Assert.Equal(InvitationStatus.Confirmed, (await _world.InvitationAsync(ids[1])).Status);
        Assert.Equal(InvitationStatus.Planned, (await _world.InvitationAsync(ids[2])).Status);
        // The earlier letter's link still opens the page; the mistaken batch's links do not.
        Assert.Equal(PersonalPageState.Valid, (await _world.Page.OpenAsync(earlier[ids[0]], ct)).State);
        Assert.All(mistaken.Values, t => Assert.Equal(PersonalPageState.Unknown, _world.Page.OpenAsync(t, ct).Result.State));
    }
}
