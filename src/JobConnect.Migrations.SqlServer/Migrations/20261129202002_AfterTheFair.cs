using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FairId = table.Column<int>(type: "int", nullable: false),
                    EmployerId = table.Column<int>(type: "int", nullable: false),
                    Satisfaction = table.Column<int>(type: "int", nullable: false),
                    Hires = table.Column<int>(type: "int", nullable: false),
                    Apprenticeships = table.Column<int>(type: "int", nullable: false),
                    Wishes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FairId = table.Column<int>(type: "int", nullable: false),
                    InvitationId = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    WeeksAfterFair = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    InterviewHeld = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Contract = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ContractStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractEmployerId = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
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
                    FairId = table.Column<int>(type: "int", nullable: false),
                    FrozenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ArrivalsRecorded = table.Column<bool>(type: "bit", nullable: false),
                    OutcomesRecorded = table.Column<bool>(type: "bit", nullable: false),
                    FollowUpsRecorded = table.Column<bool>(type: "bit", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FairId = table.Column<int>(type: "int", nullable: false),
                    Phase = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    AgencyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Invited = table.Column<bool>(type: "bit", nullable: false),
                    Confirmed = table.Column<bool>(type: "bit", nullable: false),
                    Arrived = table.Column<bool>(type: "bit", nullable: false),
                    WalkIn = table.Column<bool>(type: "bit", nullable: false),
                    InterviewHeld = table.Column<bool>(type: "bit", nullable: false),
                    Contract = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ContractEmployerId = table.Column<int>(type: "int", nullable: true),
                    Talks = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
