using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AfterTheFair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmployerFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FairId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: false),
                    Hires = table.Column<int>(type: "INTEGER", nullable: false),
                    Apprenticeships = table.Column<int>(type: "INTEGER", nullable: false),
                    Wishes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerFeedback", x => x.Id);
                    table.CheckConstraint("CK_EmployerFeedback_Satisfaction", "\"Satisfaction\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_EmployerFeedback_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmployerFeedback_Fairs_FairId",
                        column: x => x.FairId,
                        principalTable: "Fairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FairId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeksAfterFair = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    InterviewHeld = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Contract = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContractStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractEmployerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Employers_ContractEmployerId",
                        column: x => x.ContractEmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrozenStatistics",
                columns: table => new
                {
                    FairId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrozenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArrivalsRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutcomesRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUpsRecorded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenStatistics", x => x.FairId);
                    table.ForeignKey(
                        name: "FK_FrozenStatistics_Fairs_FairId",
                        column: x => x.FairId,
                        principalTable: "Fairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FunnelRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FairId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Invited = table.Column<bool>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Arrived = table.Column<bool>(type: "INTEGER", nullable: false),
                    WalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterviewHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Contract = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContractEmployerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Talks = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FunnelRecords_Fairs_FairId",
                        column: x => x.FairId,
                        principalTable: "Fairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerFeedback_EmployerId",
                table: "EmployerFeedback",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerFeedback_FairId_EmployerId",
                table: "EmployerFeedback",
                columns: new[] { "FairId", "EmployerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_AgencyId_DueOn",
                table: "FollowUpTasks",
                columns: new[] { "AgencyId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_ContractEmployerId",
                table: "FollowUpTasks",
                column: "ContractEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_InvitationId_WeeksAfterFair",
                table: "FollowUpTasks",
                columns: new[] { "InvitationId", "WeeksAfterFair" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FunnelRecords_FairId",
                table: "FunnelRecords",
                column: "FairId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployerFeedback");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "FrozenStatistics");

            migrationBuilder.DropTable(
                name: "FunnelRecords");
        }
    }
}
