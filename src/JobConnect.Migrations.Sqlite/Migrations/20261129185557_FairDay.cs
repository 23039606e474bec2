using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FairDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Outcome_InterviewAt",
                table: "Conversations",
                newName: "Outcome_AppointmentTime");

            migrationBuilder.AddColumn<DateTime>(
                name: "ArrivedUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInDesk",
                table: "Invitations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInByUserId",
                table: "Invitations",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsWalkIn",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "StandbySinceUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome_AppointmentContact",
                table: "Conversations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Outcome_AppointmentDate",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome_AppointmentPlace",
                table: "Conversations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeSubmissions_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeSubmissions_ConversationId",
                table: "OutcomeSubmissions",
                column: "ConversationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeSubmissions");

            migrationBuilder.DropColumn(
                name: "ArrivedUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckInDesk",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckedInByUserId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "IsWalkIn",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "StandbySinceUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Outcome_AppointmentContact",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Outcome_AppointmentDate",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Outcome_AppointmentPlace",
                table: "Conversations");

            migrationBuilder.RenameColumn(
                name: "Outcome_AppointmentTime",
                table: "Conversations",
                newName: "Outcome_InterviewAt");
        }
    }
}
