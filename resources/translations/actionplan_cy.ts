<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name></name>
    <message>
        <source>Clear {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database to the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActionPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at the export “{exported}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme}: {n} actions ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has a due date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions with a due date, {overdue} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} {title}: due {date}, {days} days overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: {ref} {title} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training requirement with people in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} {pct:.0f}% of {n} ({late} overdue or expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}, target {target}%: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no training requirements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}% by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {trained} of {counted} trained now ({pct:.0f}%), {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After today the lines are a projection in which nobody trains again, across all organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing expires in the next 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people need a refresher in the next 12 months, across all organisations: {months}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme}: {what} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} expiring in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database file and its backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database again with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the database unencrypted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF meeting pack for the partnership board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write action and training deadlines as a calendar file (.ics) for Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the record as it is now; what you typed here and did not save is then gone. Choose Keep my page to copy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {reason}. Nothing more was changed; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileWrittenBox</source>
        <comment>&amp;Open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileWrittenBox</source>
        <comment>Open the &amp;folder</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Set RAG by &amp;hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RAG by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory (part of the Prevent duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked training requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that support this action (the lead is set on Details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was decided, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an update to action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red, amber, green or complete (* set by hand); hover over a rating for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the plan but not in the people list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RAG ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RAG by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RAG of action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the RAG rule for action {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Apply the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is saved in one step, which Edit &gt; Undo (Ctrl+Z) takes back as a whole. Rejected rows can be saved to a workbook to send back to the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the &amp;valid rows and leave out the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows to a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep ours for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep our values for every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s values for every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}” adds {created} and updates {updated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}” adds {created}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}” updates {updated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}” changes only what you choose for the conflicts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every valid row of “{file}” is in the database already: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: rejected rows would stop the whole import. Fix them in the file and import it again, or apply the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field was changed here since “{file}” was exported, and changed differently in the file. Nothing is imported until you choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fields were changed here since “{file}” was exported, and changed differently in the file. Nothing is imported until you choose which value to keep for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 rejected row to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} rejected rows to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: choose ours or theirs for every conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed changing: every row is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rejected rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: {theirs} took the file&apos;s value, {ours} kept ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question a row, ratings as drop-downs: it imports back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the board report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A4 PDF with a chart of ratings by section against last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} (not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as at {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: rate a question to begin this year&apos;s assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessed} of {total} questions assessed, {gaps} gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean rating {score:.1f} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {score:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence from {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an action for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the action {ref} to the plan, linked to {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record session attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance register, session reference or facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The chart is drawn when you open this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: click to open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data as a &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the list behind a bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff list, training records or an action plan from a partner, as .xlsx, .xlsm, .xls, .ods or .csv. You can also drop the file on this window. Nothing is changed until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (cannot be imported as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This sheet has no organisation column: choose the organisation its people work for, or new people are added without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the sheet works for {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the sheet has no organisation column; it also fills blank cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a spreadsheet here, or choose Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop another spreadsheet here to import that one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” reads as {kind}: headings on row {header}, {rows} rows of data. Next, check how its columns are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant and expiring, out of the audience less exemptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours (changed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is kept on a PostgreSQL server that several coordinators use at once. Your IT team gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example prevent-db.council.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to use the one kept in the keyring, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be kept: {reason}. It is not written anywhere else, so you will be asked for it each time the team database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, stable code, for example WRAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: the names partners use for this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a completion lasts before a refresher is needed; 0 for never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing this course also counts for the courses ticked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renews:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names partners use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Course catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training requirements of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;requirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit re&amp;quirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and requirements summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses partners report, the names they use for them, and how long each lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must complete which course by when, against what target. Double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 courses in the catalogue; %2 requirements in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the course %1? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt a person from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an exemption from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the requirement “%1” and its exemptions? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Show figures for organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;equirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training requirements and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance by organisation and requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} — as at {date}. {people} people in {orgs} organisations; {actions} actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} — as at {date}. Figures for {org}: actions it leads, its staff&apos;s training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {n} open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet complete, due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue or expired, counted per requirement; different people: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rag} actions: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} meet every requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key personnel have requirements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {n} of {total}, target {target}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All key-personnel requirements together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart covers every organisation: the organisation filter does not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the chart (or press the Menu key) to save or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to open the list behind it; right-click to save or copy the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Terms of reference 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file&apos;s path or a web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The plan has none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document&apos;s path or web link, or at least its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence to {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it showed when it was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows on the assessment&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export to a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan to an Excel workbook: all of it, a partner&apos;s pack or figures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Send the password by another channel: read it out on the phone or send it by text message, never in the same email as the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner pack for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aggregate figures (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the plan: actions, people, training records, the training matrix and requirements. It names people: share it only with those entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organisation&apos;s people and training, and the actions it leads or supports. The partner can update it and send it back for import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and percentages by organisation, role group and course, for the board. No names or emails; counts below 5 are shown as “&lt;5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the partner organisations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or clears the current sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file called {name}: exporting replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one sheet to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner organisation for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapActionDialog</name>
    <message>
        <source>Create an action for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action goes into the plan and is linked back to {key} as its evidence. One undo takes both away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Every change is kept here with where it came from. Undoing a change records the undo as a change of its own, so it can be undone in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “{what}” ({n} records changed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid “{what}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports go into a plan: create or open a plan first, then import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: {code} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” holds no sheets with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the file was read: change a choice to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password-protected workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Type the password the sender gave you: the workbook is opened in memory, and nothing of it is saved unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaversModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and compliance are worked out for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at {date} (fixed day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is working as at {date}, not today: it was started with --as-of or ACTIONPLAN_TODAY. Changes made now are recorded on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActionPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ActionPlan {version}&lt;/b&gt;&lt;br&gt;The Prevent partnership action plan and key personnel training manager.&lt;br&gt;Data stays in a database on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact, without the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near match ({percent}%): check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field this column fills, or Ignore to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading is close to a known heading but not the same: check the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the headings and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the sheet and the field it fills. Where a guess is wrong, choose the right field, or Ignore to leave the column out; the sample shows the first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings are on &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample of the first rows as they will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: the first rows as they will be read (row numbers as in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, read as {kind}. If that is wrong, change the kind of data on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: its kind is not recognised yet. Map its columns, or choose the kind of data on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections made to this partner&apos;s last file are applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %d%%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2, never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2, expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2, expired %3; the deadline %4 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the completion of %2 expired %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no deadline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never trained; the deadline %2 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside this requirement&apos;s audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Search people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the training matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key personnel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All role groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or correct a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record session attendance for the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one course and date for everyone selected, as after a WRAP workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to record or correct a completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the training matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan to see its training matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no training requirements yet: add them under Courses and requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session &amp;attendance (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record or correct a completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record session attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1&apos;s %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 for 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %1 for %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 on %2 for 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 on %2 for %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had it recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip complete and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip complete and cancelled actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting, keeping a snapshot of the plan&apos;s figures for the next pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported or agreed for this action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save update (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record an update for this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → or Page Up/Down to move · Home/End · Ctrl+Enter saves · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no actions to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {ref}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in this meeting: {updates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n} of {total}: {ref} {title}. {rag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG rating: {rag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at the meeting: {status}, {progress}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {ref} in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded an update to {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “{title}” of {date}? The plan&apos;s figures as they stand are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A4 PDF for the partnership board: headline figures, changes since the last meeting, the charts, the actions by theme and what is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;names of people with overdue training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the names of people with overdue training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without names the pack gives counts by organisation only. With names, share it only with people entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting pack is a PDF: give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot taken when the meeting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a snapshot of the plan&apos;s figures, so the next pack shows what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the actions full screen, for a projector, recording updates as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken when the meeting is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} actions, {overdue} overdue. Training: {training}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent Partnership Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “{title}” of {date}? The plan&apos;s figures as they stand are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>The database file will be encrypted with this passphrase, and so will its backups. Without the passphrase nobody, not even IT, can read them: keep it somewhere safe. Use at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationComplianceModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (target {target}%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown where space is short, for example Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the Prevent duty under the Counter-Terrorism and Security Act 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: the names partners write in their spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who update requests are addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specified authority under the Counter-Terrorism and Security Act 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a specified authority: a voluntary partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prevent contact: update requests cannot be addressed to this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified authorities have the Prevent duty under the Counter-Terrorism and Security Act 2015. Other names are the spellings partners use in their spreadsheets, so imports find the right organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 specified authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be loaded: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the workbook with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase made up for this workbook; you may type your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up another passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for this password when the workbook is opened. Send the password by another channel than the workbook: read it out on the phone or send it by text message, never in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingImport</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports go into a plan, and this database has none yet: create or open a plan, and the import of {name} will start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds names, emails, staff numbers, job titles, teams and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key personnel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current staff or leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All role groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and their training records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people and their training records?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1&apos;s %2 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePrivacyActions</name>
    <message>
        <source>Purge lea&amp;vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the people who left longer ago than the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything held about this person to a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Send the password by another channel than the workbook: read it out on the phone or send it by text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a completed course for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires or due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status against the plan&apos;s requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their details and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as key personnel for the Prevent duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key personnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ving date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Designated Safeguarding Lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent partnership plan {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Northvale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent template (themes, courses and requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Each row of the sheet is new, updated (with what changes), unchanged, rejected (with the reason), or in conflict (changed here and in the file since it was exported: you choose on the next page). Choose a figure to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each row does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows with a problem: see why below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here and in the file: choose on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message>
        <source>Database protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file and its backups are encrypted; they cannot be read without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file and its backups will be stored unencrypted again: anyone who can reach the file can read the names and training records in it. Remove the protection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is no longer protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep leavers&apos; records for this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the retention period for this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the records of people who have left for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are shared between the plans of a database, so the longest period of its plans applies. Purging deletes the people listed with their training records and exemptions, and takes their details out of the change history; the history keeps only that a purge happened. A backup is made first. Edit &gt; Undo brings them back until you close the window; after that, only that backup does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers to purge: {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: {people}. Their training records: {records}. Exemptions: {exemptions}. Actions that lose their owner: {actions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been gone longer than the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n leavers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rating to what the plan&apos;s data suggests (you can change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating and its reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in place, what the evidence shows, what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rating and commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;essor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an ac&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an action for this gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to the plan for this gap, linked back as its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: the plan&apos;s data does not speak to this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the plan&apos;s data: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating differs from the suggestion: say why in the commentary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the question Not met or Partially met (and save) to turn it into an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan&apos;s own data points to; it never changes your rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RagOverrideDialog</name>
    <message>
        <source>Set RAG by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref} {title}&lt;/b&gt;&lt;br&gt;The rule says: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n (required for a RAG set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: agreed at the board on 12/11/2026 pending funding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Correct a training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a completed course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a new completion (a later course or refresher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect the record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number, attendance register or file reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1&apos;s %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the meeting pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting pack has {n} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deadlines are in the calendar file. Open it with Outlook or another calendar to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>&amp;Request updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each partner its pack and an email draft asking for its update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestUpdatesDialog</name>
    <message>
        <source>Request updates from partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner gets its own pack (its people and their training, and the actions it leads or supports) and an email draft to its Prevent contact, saved side by side in the folder. Open the drafts in Outlook or Thunderbird to send them: nothing is sent from here. When a pack comes back, import it and its request is marked returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packs and drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — no Prevent contact: add one in Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (hover over the message for what each holds): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect each pack with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message then says the password comes separately: tell it to each contact by phone or text, never in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has people or actions in the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the packs and drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reply date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one partner to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the update requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the packs and drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was written or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the return changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Returned on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (protected with a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Request updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request updates from partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reminders for the requests not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the selected request&apos;s pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner&apos;s latest update request. When a pack comes back, import it (File &gt; Import, or drop it on the window): its request is marked returned with what it changed. Remind writes a new draft for each request not yet returned (for the selected ones, when some are selected), attaching the same pack when nothing in it has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No update requests have been sent for this plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request updates… writes each partner its pack and an email draft in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote 1 reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reminders.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every request has been returned: there is nobody to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a pack and an email draft for 1 partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a pack and an email draft for each of %n partners.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the drafts in Outlook or Thunderbird to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1. Add each one&apos;s Prevent contact in Organisations, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Edit requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: All key personnel complete Prevent awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new starter&apos;s deadline is their start date plus these days, if later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none for every organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none for every role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another role group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people marked as key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New starters have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key personnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a list with nothing ticked to include everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this person is exempt, for example long-term absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions (each needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the exemption cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a new starter has to complete the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant or expiring, out of the audience less exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsLink</name>
    <message>
        <source>Open the Requests page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it first, or choose Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest rating given to a question of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in the section&apos;s mean rating (1 to 4) since last year&apos;s assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating {now} this year, {last} last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used when ActionPlan next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook with everything held about {name}: their record, training records, the requirements that apply to them and their state, the actions they own, and every entry in the change history that mentions them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access - {name} - {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading or importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the partnership&apos;s shared database on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your password to open the team database {database} on {host} again. Until then the window shows your own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ActionPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your Prevent partnership&apos;s action plan and key personnel training records in one place. Everything is stored in a database on this computer and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan from the Prevent template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, objectives, the Home Office courses and training requirements, ready to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up partnership with people, training records and actions, to try things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the staff lists, training trackers or action plan you keep in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action plan database from another folder, or one a colleague passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FieldDelegate</name>
    <message>
        <source>Field for column {header}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot use the data folder {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan list did not load in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n training records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 self-assessment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (a staff list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records (one completion a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training matrix (one column a course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (an action plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment (ratings and commentary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations (partners and their Prevent contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a training matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import wizard needs a plan: run &apos;actionplan init&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
