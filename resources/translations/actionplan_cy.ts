<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name></name>
    <message>
        <source>Clear {}</source>
        <translation>Clirio {}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Cynllun &amp;newydd…</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Dechrau cynllun newydd</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Agor ffeil cronfa ddata arall</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Cronfa &amp;ddata newydd…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Creu ffeil cronfa ddata wag</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Mewnforio o daenlen…</translation>
    </message>
    <message>
        <source>&amp;Back up the database</source>
        <translation>Cadw&apos;r gronfa ddata &amp;wrth gefn</translation>
    </message>
    <message>
        <source>Copy the database to the backups folder</source>
        <translation>Copïo&apos;r gronfa ddata i&apos;r ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Newydd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Dileu&apos;r rhesi a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Chwilio&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Iaith a thema</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read this page again from the database</source>
        <translation>Darllen y dudalen hon eto o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Switch plan</source>
        <translation>Newid &amp;cynllun</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Tudalen &amp;groeso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About ActionPlan</source>
        <translation>&amp;Ynghylch ActionPlan</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Anwybyddu (heb ei fewnforio)</translation>
    </message>
    <message>
        <source>Course: {code}</source>
        <translation>Cwrs: {code}</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID Cofnod</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Rhif staff</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Grŵp rôl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>Personél allweddol</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Dyddiad gadael</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Cwblhawyd ar</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amcan</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sefydliad arweiniol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Statudol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Diweddariad cynnydd</translation>
    </message>
    <message>
        <source>Question ID</source>
        <translation>ID Cwestiwn</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Sgôr a awgrymir</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Pam ei awgrymu</translation>
    </message>
    <message>
        <source>Last year&apos;s rating</source>
        <translation>Sgôr y llynedd</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Aseswr</translation>
    </message>
    <message>
        <source>Date rated</source>
        <translation>Dyddiad y sgôr</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Enw byr</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Specified authority</source>
        <translation>Awdurdod penodedig</translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation>Cyswllt Prevent</translation>
    </message>
    <message>
        <source>Prevent contact email</source>
        <translation>E-bost cyswllt Prevent</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb newid</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdrawiad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: ein rhai ni “{ours}”, eu rhai nhw “{theirs}”</translation>
    </message>
    <message>
        <source>(at the export “{exported}”)</source>
        <translation>(adeg yr allforio “{exported}”)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Cymryd eu rhai nhw</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Cadw ein rhai ni</translation>
    </message>
    <message>
        <source>Actions by theme</source>
        <translation>Camau gweithredu fesul thema</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Dyddiadau erbyn</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Fesul sefydliad</translation>
    </message>
    <message>
        <source>Training over time</source>
        <translation>Hyfforddiant dros amser</translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Actions by due date</source>
        <translation>Camau gweithredu fesul dyddiad erbyn</translation>
    </message>
    <message>
        <source>Compliance by organisation</source>
        <translation>Cydymffurfiaeth fesul sefydliad</translation>
    </message>
    <message>
        <source>As at {date}.</source>
        <translation>Fel ar {date}.</translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation>Does gan y cynllun ddim camau gweithredu eto.</translation>
    </message>
    <message>
        <source>{theme}: {n} actions ({counts})</source>
        <translation>{theme}: {n} cam gweithredu ({counts})</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(Dim thema)</translation>
    </message>
    <message>
        <source>none rated</source>
        <translation>dim un â sgôr</translation>
    </message>
    <message>
        <source>No action has a due date yet.</source>
        <translation>Does gan ddim cam gweithredu ddyddiad erbyn eto.</translation>
    </message>
    <message>
        <source>{n} actions with a due date, {overdue} overdue.</source>
        <translation>{n} cam gweithredu â dyddiad erbyn, {overdue} yn hwyr.</translation>
    </message>
    <message>
        <source>{ref} {title}: due {date}, {days} days overdue.</source>
        <translation>{ref} {title}: erbyn {date}, {days} diwrnod yn hwyr.</translation>
    </message>
    <message>
        <source>Next due: {ref} {title} on {date}.</source>
        <translation>Nesaf yn ddyledus: {ref} {title} ar {date}.</translation>
    </message>
    <message>
        <source>There is no training requirement with people in it yet.</source>
        <translation>Does dim gofyniad hyfforddi â phobl ynddo eto.</translation>
    </message>
    <message>
        <source>{org} {pct:.0f}% of {n} ({late} overdue or expired)</source>
        <translation>{org} {pct:.0f}% o {n} ({late} yn hwyr neu wedi dod i ben)</translation>
    </message>
    <message>
        <source>(No organisation)</source>
        <translation>(Dim sefydliad)</translation>
    </message>
    <message>
        <source>{code}, target {target}%: {rows}.</source>
        <translation>{code}, targed {target}%: {rows}.</translation>
    </message>
    <message>
        <source>There are no training requirements yet.</source>
        <translation>Does dim gofynion hyfforddi eto.</translation>
    </message>
    <message>
        <source>target {target}% by {date}</source>
        <translation>targed {target}% erbyn {date}</translation>
    </message>
    <message>
        <source>target {target}%</source>
        <translation>targed {target}%</translation>
    </message>
    <message>
        <source>{code}: {trained} of {counted} trained now ({pct:.0f}%), {deadline}</source>
        <translation>{code}: {trained} o {counted} wedi&apos;u hyfforddi nawr ({pct:.0f}%), {deadline}</translation>
    </message>
    <message>
        <source>After today the lines are a projection in which nobody trains again, across all organisations.</source>
        <translation>Ar ôl heddiw mae&apos;r llinellau&apos;n rhagamcan lle nad oes neb yn cael hyfforddiant eto, ar draws pob sefydliad.</translation>
    </message>
    <message>
        <source>Nothing expires in the next 12 months.</source>
        <translation>Does dim yn dod i ben yn y 12 mis nesaf.</translation>
    </message>
    <message>
        <source>{n} people need a refresher in the next 12 months, across all organisations: {months}.</source>
        <translation>Mae angen hyfforddiant gloywi ar {n} o bobl yn y 12 mis nesaf, ar draws pob sefydliad: {months}.</translation>
    </message>
    <message>
        <source>{theme}: {what} ({n})</source>
        <translation>{theme}: {what} ({n})</translation>
    </message>
    <message>
        <source>{code} expiring in {month}</source>
        <translation>{code} yn dod i ben ym mis {month}</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Gwarchod â chyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Encrypt the database file and its backups with a passphrase</source>
        <translation>Amgryptio ffeil y gronfa ddata a&apos;i chopïau wrth gefn â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Encrypt the database again with a new passphrase</source>
        <translation>Amgryptio&apos;r gronfa ddata eto â chyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Remo&amp;ve protection…</source>
        <translation>&amp;Tynnu&apos;r warchodaeth…</translation>
    </message>
    <message>
        <source>Store the database unencrypted again</source>
        <translation>Storio&apos;r gronfa ddata heb ei hamgryptio eto</translation>
    </message>
    <message>
        <source>&amp;Meeting pack…</source>
        <translation>Pecyn &amp;cyfarfod…</translation>
    </message>
    <message>
        <source>Write the PDF meeting pack for the partnership board</source>
        <translation>Ysgrifennu pecyn cyfarfod PDF ar gyfer bwrdd y bartneriaeth</translation>
    </message>
    <message>
        <source>Export &amp;deadlines…</source>
        <translation>Allforio &amp;terfynau amser…</translation>
    </message>
    <message>
        <source>Write action and training deadlines as a calendar file (.ics) for Outlook</source>
        <translation>Ysgrifennu terfynau amser camau gweithredu a hyfforddiant fel ffeil calendr (.ics) ar gyfer Outlook</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Wedi&apos;i newid gan rywun arall</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now; what you typed here and did not save is then gone. Choose Keep my page to copy it first.</source>
        <translation>Mae Ail-lwytho yn dangos y cofnod fel y mae nawr; mae&apos;r hyn a deipiwyd gennych yma heb ei gadw wedyn yn diflannu. Dewiswch Cadw fy nhudalen i&apos;w gopïo yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>&amp;Keep my page</source>
        <translation>&amp;Cadw fy nhudalen</translation>
    </message>
    <message>
        <source>That passphrase is not right: try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir: rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Protected database</source>
        <translation>Cronfa ddata warchodedig</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the database.</source>
        <translation>Mae {name} wedi&apos;i warchod â chyfrinymadrodd. Teipiwch ef i agor y gronfa ddata.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}. Nothing more was changed; the details are in the log.</source>
        <translation>Aeth rhywbeth o&apos;i le: {reason}. Ni newidiwyd dim arall; mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>FileWrittenBox</source>
        <comment>&amp;Open</comment>
        <translation>FileWrittenBox</translation>
    </message>
    <message>
        <source>FileWrittenBox</source>
        <comment>Open the &amp;folder</comment>
        <translation>FileWrittenBox</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Set RAG by &amp;hand…</source>
        <translation>Gosod RAG â &amp;llaw…</translation>
    </message>
    <message>
        <source>Set RAG by hand</source>
        <translation>Gosod RAG â llaw</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Dychwelyd y newidiadau</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Descri&amp;ption and evidence</source>
        <translation>Disgri&amp;fiad a thystiolaeth</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtneriaid</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Diweddar&amp;iadau</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amcan</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sefydliad arweiniol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Statutory (part of the Prevent duty)</source>
        <translation>Statudol (rhan o ddyletswydd Prevent)</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Statudol</translation>
    </message>
    <message>
        <source>Linked training requirement</source>
        <translation>Gofyniad hyfforddi cysylltiedig</translation>
    </message>
    <message>
        <source>Re&amp;f</source>
        <translation>C&amp;yf</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>A&amp;mcan</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Arweinydd</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>P&amp;erchennog</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Erb&amp;yn</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ws</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Cy&amp;nnydd</translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation>&amp;Gofyniad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Evidence of progress</source>
        <translation>Tystiolaeth o gynnydd</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Sefydliadau partner</translation>
    </message>
    <message>
        <source>Organisations that support this action (the lead is set on Details):</source>
        <translation>Sefydliadau sy&apos;n cefnogi&apos;r cam gweithredu hwn (mae&apos;r arweinydd wedi&apos;i osod ar Manylion):</translation>
    </message>
    <message>
        <source>Update log</source>
        <translation>Log diweddariadau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Dyddiad y diweddariad</translation>
    </message>
    <message>
        <source>Text of the update</source>
        <translation>Testun y diweddariad</translation>
    </message>
    <message>
        <source>What happened, what was decided, what is next</source>
        <translation>Beth ddigwyddodd, beth a benderfynwyd, beth sydd nesaf</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>&amp;Ychwanegu diweddariad</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>Ychwanegu diweddariad</translation>
    </message>
    <message>
        <source>New update</source>
        <translation>Diweddariad newydd</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(dim thema)</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(dim amcan)</translation>
    </message>
    <message>
        <source>(no lead)</source>
        <translation>(dim arweinydd)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(dim perchennog)</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(heb ei gysylltu)</translation>
    </message>
    <message>
        <source>Select an action to see its details</source>
        <translation>Dewiswch gam gweithredu i weld ei fanylion</translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation>Mae&apos;r cynnydd yn dilyn cydymffurfiaeth y gofyniad hyfforddi cysylltiedig</translation>
    </message>
    <message>
        <source>The lead organisation</source>
        <translation>Y sefydliad arweiniol</translation>
    </message>
    <message>
        <source>No RAG</source>
        <translation>Dim RAG</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation> (â llaw)</translation>
    </message>
    <message>
        <source>RAG: {reason}</source>
        <translation>RAG: {reason}</translation>
    </message>
    <message>
        <source>Edit action {ref}</source>
        <translation>Golygu cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Add an update to action {ref}</source>
        <translation>Ychwanegu diweddariad at gam gweithredu {ref}</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Ref</source>
        <translation>Cyf</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Red, amber, green or complete (* set by hand); hover over a rating for the reason</source>
        <translation>Coch, ambr, gwyrdd neu wedi&apos;i gwblhau (* wedi&apos;i osod â llaw); hofrwch dros sgôr i weld y rheswm</translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation>Mae&apos;r cynnydd yn dilyn cydymffurfiaeth y gofyniad hyfforddi cysylltiedig</translation>
    </message>
    <message>
        <source>Named in the plan but not in the people list</source>
        <translation>Wedi&apos;i enwi yn y cynllun ond nid yn y rhestr pobl</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Chwilio camau gweithredu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chwilio camau gweithredu</translation>
    </message>
    <message>
        <source>Number of actions shown</source>
        <translation>Nifer y camau gweithredu a ddangosir</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>Cam gweithredu &amp;newydd</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;yblygu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Hidlydd thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Pob thema</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>RAG filter</source>
        <translation>Hidlydd RAG</translation>
    </message>
    <message>
        <source>All RAG ratings</source>
        <translation>Pob sgôr RAG</translation>
    </message>
    <message>
        <source>Lead organisation filter</source>
        <translation>Hidlydd sefydliad arweiniol</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Pob arweinydd</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Hidlydd perchennog</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Pob perchennog</translation>
    </message>
    <message>
        <source>Due date filter</source>
        <translation>Hidlydd dyddiad erbyn</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Unrhyw ddyddiad erbyn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Erbyn yn y 30 diwrnod nesaf</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Dangos:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(dim perchennog)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblygu</translation>
    </message>
    <message>
        <source>Set RAG by hand…</source>
        <translation>Gosod RAG â llaw…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 cam gweithredu</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} cam gweithredu</translation>
    </message>
    <message>
        <source>{shown} of {total} actions</source>
        <translation>{shown} o {total} cam gweithredu</translation>
    </message>
    <message>
        <source>Edit action {ref}</source>
        <translation>Golygu cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Add action {ref}</source>
        <translation>Ychwanegu cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Duplicate action {ref}</source>
        <translation>Dyblygu cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Delete action {ref}</source>
        <translation>Dileu cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Delete {n} actions</source>
        <translation>Dileu {n} cam gweithredu</translation>
    </message>
    <message>
        <source>{what}. Undo with Ctrl+Z.</source>
        <translation>{what}. Dadwneud gyda Ctrl+Z.</translation>
    </message>
    <message>
        <source>Set RAG of action {ref}</source>
        <translation>Gosod RAG cam gweithredu {ref}</translation>
    </message>
    <message>
        <source>Use the RAG rule for action {ref}</source>
        <translation>Defnyddio&apos;r rheol RAG ar gyfer cam gweithredu {ref}</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Apply the import</source>
        <translation>Cymhwyso&apos;r mewnforio</translation>
    </message>
    <message>
        <source>The import is saved in one step, which Edit &gt; Undo (Ctrl+Z) takes back as a whole. Rejected rows can be saved to a workbook to send back to the partner.</source>
        <translation>Mae&apos;r mewnforio&apos;n cael ei gadw mewn un cam, y mae Golygu &gt; Dadwneud (Ctrl+Z) yn ei dynnu&apos;n ôl yn ei gyfanrwydd. Gellir cadw rhesi a wrthodwyd i lyfr gwaith i&apos;w anfon yn ôl at y partner.</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Beth mae&apos;r mewnforio&apos;n ei wneud</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Popeth neu ddim: mewnforio dim ond os yw pob rhes yn ddilys</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Popeth neu ddim</translation>
    </message>
    <message>
        <source>Apply the &amp;valid rows and leave out the rejected ones</source>
        <translation>Cymhwyso&apos;r rhesi &amp;dilys a gadael y rhai a wrthodwyd allan</translation>
    </message>
    <message>
        <source>Apply the valid rows</source>
        <translation>Cymhwyso&apos;r rhesi dilys</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Cadw&apos;r rhesi a &amp;wrthodwyd…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a workbook</source>
        <translation>Cadw&apos;r rhesi a wrthodwyd i lyfr gwaith</translation>
    </message>
    <message>
        <source>A&amp;pply import</source>
        <translation>C&amp;ymhwyso&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Sut i fewnforio</translation>
    </message>
    <message>
        <source>Changed here and in the file</source>
        <translation>Wedi&apos;i newid yma ac yn y ffeil</translation>
    </message>
    <message>
        <source>Conflicts to choose</source>
        <translation>Gwrthdrawiadau i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all</source>
        <translation>&amp;Cadw ein rhai ni i gyd</translation>
    </message>
    <message>
        <source>Keep our values for every conflict</source>
        <translation>Cadw ein gwerthoedd ni ar gyfer pob gwrthdrawiad</translation>
    </message>
    <message>
        <source>&amp;Take theirs for all</source>
        <translation>&amp;Cymryd eu rhai nhw i gyd</translation>
    </message>
    <message>
        <source>Take the file&apos;s values for every conflict</source>
        <translation>Cymryd gwerthoedd y ffeil ar gyfer pob gwrthdrawiad</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
        <source>Importing “{file}” adds {created} and updates {updated}.</source>
        <translation>Mae mewnforio “{file}” yn ychwanegu {created} ac yn diweddaru {updated}.</translation>
    </message>
    <message>
        <source>Importing “{file}” adds {created}.</source>
        <translation>Mae mewnforio “{file}” yn ychwanegu {created}.</translation>
    </message>
    <message>
        <source>Importing “{file}” updates {updated}.</source>
        <translation>Mae mewnforio “{file}” yn diweddaru {updated}.</translation>
    </message>
    <message>
        <source>Importing “{file}” changes only what you choose for the conflicts below.</source>
        <translation>Mae mewnforio “{file}” yn newid dim ond yr hyn a ddewiswch ar gyfer y gwrthdrawiadau isod.</translation>
    </message>
    <message>
        <source>Every valid row of “{file}” is in the database already: nothing changes.</source>
        <translation>Mae pob rhes ddilys yn “{file}” yn y gronfa ddata eisoes: does dim yn newid.</translation>
    </message>
    <message>
        <source>1 row was rejected.</source>
        <translation>Gwrthodwyd 1 rhes.</translation>
    </message>
    <message>
        <source>{n} rows were rejected.</source>
        <translation>Gwrthodwyd {n} rhes.</translation>
    </message>
    <message>
        <source>Not possible: rejected rows would stop the whole import. Fix them in the file and import it again, or apply the valid rows.</source>
        <translation>Ddim yn bosibl: byddai rhesi a wrthodwyd yn atal y mewnforio cyfan. Cywirwch nhw yn y ffeil a&apos;i mewnforio eto, neu cymhwyswch y rhesi dilys.</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Mae pob rhes yn ddilys.</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Ni wrthodwyd unrhyw resi.</translation>
    </message>
    <message>
        <source>1 field was changed here since “{file}” was exported, and changed differently in the file. Nothing is imported until you choose which value to keep.</source>
        <translation>Newidiwyd 1 maes yma ers allforio “{file}”, a&apos;i newid yn wahanol yn y ffeil. Ni fewnforir dim nes i chi ddewis pa werth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>{n} fields were changed here since “{file}” was exported, and changed differently in the file. Nothing is imported until you choose which value to keep for each.</source>
        <translation>Newidiwyd {n} maes yma ers allforio “{file}”, a&apos;u newid yn wahanol yn y ffeil. Ni fewnforir dim nes i chi ddewis pa werth i&apos;w gadw ar gyfer pob un.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Cadw&apos;r rhesi a wrthodwyd</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved 1 rejected row to {path}.</source>
        <translation>Cadwyd 1 rhes a wrthodwyd i {path}.</translation>
    </message>
    <message>
        <source>Saved {n} rejected rows to {path}.</source>
        <translation>Cadwyd {n} rhes a wrthodwyd i {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported: choose ours or theirs for every conflict.</source>
        <translation>Ni fewnforiwyd dim: dewiswch ein rhai ni neu eu rhai nhw ar gyfer pob gwrthdrawiad.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation>Ni fewnforiwyd dim: gwrthodwyd rhai rhesi.</translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>ychwanegwyd {what}</translation>
    </message>
    <message>
        <source>updated {what}</source>
        <translation>diweddarwyd {what}</translation>
    </message>
    <message>
        <source>Imported: {changes}.</source>
        <translation>Mewnforiwyd: {changes}.</translation>
    </message>
    <message>
        <source>Nothing needed changing: every row is already in the database.</source>
        <translation>Doedd dim angen newid dim: mae pob rhes eisoes yn y gronfa ddata.</translation>
    </message>
    <message>
        <source>{n} rejected rows were left out.</source>
        <translation>Gadawyd {n} rhes a wrthodwyd allan.</translation>
    </message>
    <message>
        <source>Conflicts: {theirs} took the file&apos;s value, {ours} kept ours.</source>
        <translation>Gwrthdrawiadau: cymerodd {theirs} werth y ffeil, cadwodd {ours} ein rhai ni.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Mae Golygu &gt; Dadwneud (Ctrl+Z) yn tynnu&apos;r mewnforio cyfan yn ôl.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment year</source>
        <translation>Blwyddyn yr asesiad</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Blwyddyn</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Allforio &amp;llyfr gwaith…</translation>
    </message>
    <message>
        <source>Export the assessment as a workbook</source>
        <translation>Allforio&apos;r asesiad fel llyfr gwaith</translation>
    </message>
    <message>
        <source>One question a row, ratings as drop-downs: it imports back</source>
        <translation>Un cwestiwn i bob rhes, sgoriau fel cwymplenni: mae&apos;n mewnforio&apos;n ôl</translation>
    </message>
    <message>
        <source>&amp;Board report…</source>
        <translation>Adroddiad y &amp;bwrdd…</translation>
    </message>
    <message>
        <source>Write the board report as a PDF</source>
        <translation>Ysgrifennu adroddiad y bwrdd fel PDF</translation>
    </message>
    <message>
        <source>An A4 PDF with a chart of ratings by section against last year</source>
        <translation>PDF A4 gyda siart o sgoriau fesul adran o&apos;i gymharu â&apos;r llynedd</translation>
    </message>
    <message>
        <source>Overall summary</source>
        <translation>Crynodeb cyffredinol</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>{year} (not started)</source>
        <translation>{year} (heb ddechrau)</translation>
    </message>
    <message>
        <source>as at {date}</source>
        <translation>fel ar {date}</translation>
    </message>
    <message>
        <source>not started: rate a question to begin this year&apos;s assessment</source>
        <translation>heb ddechrau: rhowch sgôr i gwestiwn i ddechrau asesiad eleni</translation>
    </message>
    <message>
        <source>{assessed} of {total} questions assessed, {gaps} gaps</source>
        <translation>{assessed} o {total} cwestiwn wedi&apos;u hasesu, {gaps} bwlch</translation>
    </message>
    <message>
        <source>mean rating {score:.1f} of 4</source>
        <translation>sgôr gymedrig {score:.1f} o 4</translation>
    </message>
    <message>
        <source>{year}: {score:.1f}</source>
        <translation>{year}: {score:.1f}</translation>
    </message>
    <message>
        <source>Rate {key}</source>
        <translation>Rhoi sgôr i {key}</translation>
    </message>
    <message>
        <source>Link evidence to {key}</source>
        <translation>Cysylltu tystiolaeth â {key}</translation>
    </message>
    <message>
        <source>Remove evidence from {key}</source>
        <translation>Tynnu tystiolaeth o {key}</translation>
    </message>
    <message>
        <source>Create an action for {key}</source>
        <translation>Creu cam gweithredu ar gyfer {key}</translation>
    </message>
    <message>
        <source>Added the action {ref} to the plan, linked to {key}.</source>
        <translation>Ychwanegwyd y cam gweithredu {ref} at y cynllun, wedi&apos;i gysylltu â {key}.</translation>
    </message>
    <message>
        <source>Self-assessment {year}</source>
        <translation>Hunanasesiad {year}</translation>
    </message>
    <message>
        <source>Export the self-assessment</source>
        <translation>Allforio&apos;r hunanasesiad</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>Adroddiad y bwrdd</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Wedi&apos;i ysgrifennu i {path}.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record session attendance</source>
        <translation>Cofnodi presenoldeb sesiwn</translation>
    </message>
    <message numerus="yes">
        <source>%n people selected</source>
        <translation>
            <numerusform>%n o bobl wedi&apos;u dewis</numerusform>
            <numerusform>%n o bobl wedi&apos;u dewis</numerusform>
            <numerusform>%n o bobl wedi&apos;u dewis</numerusform>
            <numerusform>%n o bobl wedi&apos;u dewis</numerusform>
            <numerusform>%n o bobl wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person selected</source>
        <translation>1 person wedi&apos;i ddewis</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>Names of the attendees</source>
        <translation>Enwau&apos;r mynychwyr</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Mynychwyr:</translation>
    </message>
    <message>
        <source>Attendance register, session reference or facilitator</source>
        <translation>Cofrestr presenoldeb, cyfeirnod y sesiwn neu&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cwrs:</translation>
    </message>
    <message>
        <source>Session &amp;date:</source>
        <translation>&amp;Dyddiad y sesiwn:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Tystiolaeth:</translation>
    </message>
    <message>
        <source>&amp;Record attendance</source>
        <translation>&amp;Cofnodi presenoldeb</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The chart is drawn when you open this tab.</source>
        <translation>Mae&apos;r siart yn cael ei llunio pan fyddwch yn agor y tab hwn.</translation>
    </message>
    <message>
        <source>Open a plan to see its charts.</source>
        <translation>Agorwch gynllun i weld ei siartiau.</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Yn llunio&apos;r siart…</translation>
    </message>
    <message>
        <source>The chart could not be drawn: {reason}</source>
        <translation>Methu llunio&apos;r siart: {reason}</translation>
    </message>
    <message>
        <source>{what}: click to open the list</source>
        <translation>{what}: cliciwch i agor y rhestr</translation>
    </message>
    <message>
        <source>Show the data as a &amp;table</source>
        <translation>Dangos y data fel &amp;tabl</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>&amp;Cadw&apos;r ddelwedd…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>C&amp;opïo&apos;r ddelwedd</translation>
    </message>
    <message>
        <source>&amp;Open the list behind a bar</source>
        <translation>&amp;Agor y rhestr y tu ôl i far</translation>
    </message>
    <message>
        <source>{title}: the data</source>
        <translation>{title}: y data</translation>
    </message>
    <message>
        <source>{title}, as a table</source>
        <translation>{title}, fel tabl</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Llun SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Cadw&apos;r siart fel delwedd</translation>
    </message>
    <message>
        <source>Saved the chart as {path}</source>
        <translation>Cadwyd y siart fel {path}</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>Copïwyd y siart i&apos;r clipfwrdd.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Dewis y daenlen</translation>
    </message>
    <message>
        <source>A staff list, training records or an action plan from a partner, as .xlsx, .xlsm, .xls, .ods or .csv. You can also drop the file on this window. Nothing is changed until the last step.</source>
        <translation>Rhestr staff, cofnodion hyfforddiant neu gynllun gweithredu gan bartner, fel .xlsx, .xlsm, .xls, .ods neu .csv. Gallwch hefyd ollwng y ffeil ar y ffenestr hon. Does dim yn newid tan y cam olaf.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>The spreadsheet to import</source>
        <translation>Y daenlen i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Browse for the spreadsheet</source>
        <translation>Pori am y daenlen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taflen</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Math o ddata</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Choose or type the organisation</source>
        <translation>Dewiswch neu teipiwch y sefydliad</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Beth sydd yn y ffeil</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Taflen:</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>&amp;Math o ddata:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Dewis y daenlen i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Taenlenni ({patterns});;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>{name} (cannot be imported as it is)</source>
        <translation>{name} (ni ellir ei mewnforio fel y mae)</translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <source>⚠ This sheet has no organisation column: choose the organisation its people work for, or new people are added without one.</source>
        <translation>⚠ Does gan y daflen hon ddim colofn sefydliad: dewiswch y sefydliad y mae ei phobl yn gweithio iddo, neu caiff pobl newydd eu hychwanegu heb un.</translation>
    </message>
    <message>
        <source>Everyone in the sheet works for {org}.</source>
        <translation>Mae pawb yn y daflen yn gweithio i {org}.</translation>
    </message>
    <message>
        <source>Only needed when the sheet has no organisation column; it also fills blank cells.</source>
        <translation>Dim ond ei angen pan nad oes gan y daflen golofn sefydliad; mae hefyd yn llenwi celloedd gwag.</translation>
    </message>
    <message>
        <source>Drop a spreadsheet here, or choose Browse…</source>
        <translation>Gollyngwch daenlen yma, neu dewiswch Pori…</translation>
    </message>
    <message>
        <source>Drop another spreadsheet here to import that one instead</source>
        <translation>Gollyngwch daenlen arall yma i fewnforio honno yn lle</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Yn darllen y ffeil…</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” reads as {kind}: headings on row {header}, {rows} rows of data. Next, check how its columns are read.</source>
        <translation>Mae&apos;r daflen “{sheet}” yn darllen fel {kind}: penawdau ar res {header}, {rows} rhes o ddata. Nesaf, gwiriwch sut mae ei cholofnau&apos;n cael eu darllen.</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Wedi&apos;u hyfforddi</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cydymffurfiaeth</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Compliant and expiring, out of the audience less exemptions</source>
        <translation>Yn cydymffurfio ac ar fin dod i ben, allan o&apos;r gynulleidfa heb yr eithriadau</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>At the export</source>
        <translation>Adeg yr allforio</translation>
    </message>
    <message>
        <source>Ours (changed here)</source>
        <translation>Ein rhai ni (wedi&apos;u newid yma)</translation>
    </message>
    <message>
        <source>Theirs (in the file)</source>
        <translation>Eu rhai nhw (yn y ffeil)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Cysylltu â chronfa ddata tîm</translation>
    </message>
    <message>
        <source>A team database is kept on a PostgreSQL server that several coordinators use at once. Your IT team gives you these details.</source>
        <translation>Cedwir cronfa ddata tîm ar weinydd PostgreSQL y mae sawl cydlynydd yn ei ddefnyddio ar yr un pryd. Mae eich tîm TG yn rhoi&apos;r manylion hyn i chi.</translation>
    </message>
    <message>
        <source>for example prevent-db.council.example</source>
        <translation>er enghraifft prevent-db.council.example</translation>
    </message>
    <message>
        <source>Encrypt when the server can</source>
        <translation>Amgryptio pan fo&apos;r gweinydd yn gallu</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Amgryptio bob amser</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation>Amgryptio bob amser, a gwirio tystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translatorcomment>review</translatorcomment>
        <translation>&amp;Cofio&apos;r cyfrinair yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Amgryptio:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Leave the password empty to use the one kept in the keyring, if there is one.</source>
        <translation>Gadewch y cyfrinair yn wag i ddefnyddio&apos;r un sy&apos;n cael ei gadw yn y cylch allweddi, os oes un.</translation>
    </message>
    <message>
        <source>The password cannot be kept: {reason}. It is not written anywhere else, so you will be asked for it each time the team database is opened.</source>
        <translation>Ni ellir cadw&apos;r cyfrinair: {reason}. Nid yw wedi&apos;i ysgrifennu yn unman arall, felly gofynnir amdano bob tro yr agorir cronfa ddata&apos;r tîm.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yn cysylltu…</translation>
    </message>
    <message>
        <source>The password was not kept: {reason}.</source>
        <translation>Ni chadwyd y cyfrinair: {reason}.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course %s</source>
        <translation>Golygu cwrs %s</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Ychwanegu cwrs</translation>
    </message>
    <message>
        <source>A short, stable code, for example WRAP</source>
        <translation>Cod byr, sefydlog, er enghraifft WRAP</translation>
    </message>
    <message>
        <source>One a line: the names partners use for this course</source>
        <translation>Un i bob llinell: yr enwau y mae partneriaid yn eu defnyddio ar gyfer y cwrs hwn</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Byth yn dod i ben</translation>
    </message>
    <message>
        <source>How long a completion lasts before a refresher is needed; 0 for never</source>
        <translation>Pa mor hir mae cwblhad yn para cyn bod angen hyfforddiant gloywi; 0 am byth</translation>
    </message>
    <message>
        <source>Completing this course also counts for the courses ticked here</source>
        <translation>Mae cwblhau&apos;r cwrs hwn hefyd yn cyfrif ar gyfer y cyrsiau a diciwyd yma</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>Enwau &amp;eraill:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Darparwr:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modd:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Dilys am:</translation>
    </message>
    <message>
        <source>&amp;Renews:</source>
        <translation>&amp;Yn adnewyddu:</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Face to face</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation>E-ddysgu</translation>
    </message>
    <message>
        <source>Virtual classroom</source>
        <translation>Ystafell ddosbarth rithwir</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Sesiwn friffio</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Byth yn dod i ben</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 flwyddyn</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 o flynyddoedd</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mis</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 o fisoedd</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Dilys am</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Yn adnewyddu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Other names partners use</source>
        <translation>Enwau eraill y mae partneriaid yn eu defnyddio</translation>
    </message>
    <message>
        <source>Also known as: %s</source>
        <translation>Adwaenir hefyd fel: %s</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Course catalogue</source>
        <translation>Catalog cyrsiau</translation>
    </message>
    <message>
        <source>Training requirements of this plan</source>
        <translation>Gofynion hyfforddi&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation>Ychwanegu &amp;cwrs…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Golygu cwrs…</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Dileu cwrs</translation>
    </message>
    <message>
        <source>Add &amp;requirement…</source>
        <translation>Ychwanegu &amp;gofyniad…</translation>
    </message>
    <message>
        <source>Edit re&amp;quirement…</source>
        <translation>Golygu go&amp;fyniad…</translation>
    </message>
    <message>
        <source>Delete requirement</source>
        <translation>Dileu gofyniad</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Ychwanegu cwrs</translation>
    </message>
    <message>
        <source>Edit the selected course</source>
        <translation>Golygu&apos;r cwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected course</source>
        <translation>Dileu&apos;r cwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a training requirement</source>
        <translation>Ychwanegu gofyniad hyfforddi</translation>
    </message>
    <message>
        <source>Edit the selected requirement</source>
        <translation>Golygu&apos;r gofyniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected requirement</source>
        <translation>Dileu&apos;r gofyniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Courses and requirements summary</source>
        <translation>Crynodeb cyrsiau a gofynion</translation>
    </message>
    <message>
        <source>Courses partners report, the names they use for them, and how long each lasts.</source>
        <translation>Y cyrsiau y mae partneriaid yn adrodd arnynt, yr enwau a ddefnyddiant amdanynt, a pha mor hir mae pob un yn para.</translation>
    </message>
    <message>
        <source>Who must complete which course by when, against what target. Double-click to edit.</source>
        <translation>Pwy sy&apos;n gorfod cwblhau pa gwrs erbyn pryd, yn erbyn pa darged. Cliciwch ddwywaith i olygu.</translation>
    </message>
    <message>
        <source>Courses and requirements</source>
        <translation>Cyrsiau a gofynion</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Cwrs newydd…</translation>
    </message>
    <message>
        <source>%1 courses in the catalogue; %2 requirements in this plan</source>
        <translation>%1 cwrs yn y catalog; %2 gofyniad yn y cynllun hwn</translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation>Ychwanegu cwrs %1</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Golygu cwrs %1</translation>
    </message>
    <message>
        <source>Delete the course %1? You can undo this with Edit &gt; Undo.</source>
        <translation>Dileu&apos;r cwrs %1? Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>Dileu cwrs %1</translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation>Ychwanegu gofyniad %1</translation>
    </message>
    <message>
        <source>Edit requirement %1</source>
        <translation>Golygu gofyniad %1</translation>
    </message>
    <message>
        <source>Exempt a person from %1</source>
        <translation>Eithrio person rhag %1</translation>
    </message>
    <message>
        <source>Remove an exemption from %1</source>
        <translation>Tynnu eithriad rhag %1</translation>
    </message>
    <message>
        <source>Delete the requirement “%1” and its exemptions? You can undo this with Edit &gt; Undo.</source>
        <translation>Dileu&apos;r gofyniad “%1” a&apos;i eithriadau? Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>Delete requirement %1</source>
        <translation>Dileu gofyniad %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Show figures for organisation</source>
        <translation>Dangos ffigurau ar gyfer sefydliad</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Camau gweithredu yn hwyr</translation>
    </message>
    <message>
        <source>Actions due in the next 30 days</source>
        <translation>Camau gweithredu erbyn yn y 30 diwrnod nesaf</translation>
    </message>
    <message>
        <source>Key personnel compliant</source>
        <translation>Personél allweddol yn cydymffurfio</translation>
    </message>
    <message>
        <source>People overdue</source>
        <translation>Pobl yn hwyr</translation>
    </message>
    <message>
        <source>Actions by RAG</source>
        <translation>Camau gweithredu fesul RAG</translation>
    </message>
    <message>
        <source>Tables and charts</source>
        <translation>Tablau a siartiau</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <source>Requirement to chart</source>
        <translation>Gofyniad i&apos;w siartio</translation>
    </message>
    <message>
        <source>R&amp;equirement:</source>
        <translation>G&amp;ofyniad:</translation>
    </message>
    <message>
        <source>Training requirements and compliance</source>
        <translation>Gofynion hyfforddi a chydymffurfiaeth</translation>
    </message>
    <message>
        <source>Compliance by organisation and requirement</source>
        <translation>Cydymffurfiaeth fesul sefydliad a gofyniad</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation>Pob gofyniad</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Does dim cynllun ar agor.</translation>
    </message>
    <message>
        <source>{plan} — as at {date}. {people} people in {orgs} organisations; {actions} actions.</source>
        <translation>{plan} — fel ar {date}. {people} o bobl mewn {orgs} sefydliad; {actions} cam gweithredu.</translation>
    </message>
    <message>
        <source>{plan} — as at {date}. Figures for {org}: actions it leads, its staff&apos;s training.</source>
        <translation>{plan} — fel ar {date}. Ffigurau ar gyfer {org}: y camau gweithredu y mae&apos;n eu harwain, hyfforddiant ei staff.</translation>
    </message>
    <message>
        <source>of {n} open actions</source>
        <translation>o {n} cam gweithredu agored</translation>
    </message>
    <message>
        <source>not yet complete, due by {date}</source>
        <translation>heb eu cwblhau eto, erbyn {date}</translation>
    </message>
    <message>
        <source>overdue or expired, counted per requirement; different people: {n}</source>
        <translation>yn hwyr neu wedi dod i ben, wedi&apos;u cyfrif fesul gofyniad; pobl wahanol: {n}</translation>
    </message>
    <message>
        <source>{rag} actions: {n}</source>
        <translation>Camau gweithredu {rag}: {n}</translation>
    </message>
    <message>
        <source>{n} of {total} meet every requirement</source>
        <translation>{n} o {total} yn bodloni pob gofyniad</translation>
    </message>
    <message>
        <source>No key personnel have requirements yet</source>
        <translation>Does gan ddim personél allweddol ofynion eto</translation>
    </message>
    <message>
        <source>{code}: {n} of {total}, target {target}%</source>
        <translation>{code}: {n} o {total}, targed {target}%</translation>
    </message>
    <message>
        <source>All key-personnel requirements together</source>
        <translation>Holl ofynion y personél allweddol gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>This chart covers every organisation: the organisation filter does not apply to it.</source>
        <translation>Mae&apos;r siart hon yn cwmpasu pob sefydliad: nid yw&apos;r hidlydd sefydliad yn berthnasol iddi.</translation>
    </message>
    <message>
        <source>Right-click the chart (or press the Menu key) to save or copy it.</source>
        <translation>De-gliciwch y siart (neu pwyswch yr allwedd Dewislen) i&apos;w chadw neu ei chopïo.</translation>
    </message>
    <message>
        <source>Click a bar to open the list behind it; right-click to save or copy the chart.</source>
        <translation>Cliciwch far i agor y rhestr y tu ôl iddo; de-gliciwch i gadw neu gopïo&apos;r siart.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Which</source>
        <translation>&amp;Pa un</translation>
    </message>
    <message>
        <source>For example: Terms of reference 2026</source>
        <translation>Er enghraifft: Cylch gorchwyl 2026</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>A file&apos;s path or a web link</source>
        <translation>Llwybr ffeil neu ddolen we</translation>
    </message>
    <message>
        <source>Path or link</source>
        <translation>Llwybr neu ddolen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Browse for the document</source>
        <translation>Pori am y ddogfen</translation>
    </message>
    <message>
        <source>&amp;Path or link</source>
        <translation>&amp;Llwybr neu ddolen</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>&amp;Adolygiad nesaf</translation>
    </message>
    <message>
        <source>(The plan has none yet)</source>
        <translation>(Does gan y cynllun ddim un eto)</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Dewis y ddogfen</translation>
    </message>
    <message>
        <source>Give the document&apos;s path or web link, or at least its name.</source>
        <translation>Rhowch lwybr neu ddolen we&apos;r ddogfen, neu o leiaf ei henw.</translation>
    </message>
    <message>
        <source>Choose what to link.</source>
        <translation>Dewiswch beth i&apos;w gysylltu.</translation>
    </message>
    <message>
        <source>Link evidence to {question}</source>
        <translation>Cysylltu tystiolaeth â {question}</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>When linked</source>
        <translation>Pryd y&apos;i cysylltwyd</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>What it showed when it was linked</source>
        <translation>Beth a ddangosai pan gafodd ei gysylltu</translation>
    </message>
    <message>
        <source>What it shows on the assessment&apos;s date</source>
        <translation>Beth mae&apos;n ei ddangos ar ddyddiad yr asesiad</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export to a spreadsheet…</source>
        <translation>&amp;Allforio i daenlen…</translation>
    </message>
    <message>
        <source>Write the plan to an Excel workbook: all of it, a partner&apos;s pack or figures only</source>
        <translation>Ysgrifennu&apos;r cynllun i lyfr gwaith Excel: y cyfan, pecyn partner neu ffigurau yn unig</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Allforiwyd i {path}</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Send the password by another channel: read it out on the phone or send it by text message, never in the same email as the workbook.</source>
        <translation>Mae&apos;r llyfr gwaith wedi&apos;i warchod â chyfrinair. Anfonwch y cyfrinair drwy sianel arall: darllenwch ef ar y ffôn neu anfonwch ef mewn neges destun, byth yn yr un e-bost â&apos;r llyfr gwaith.</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Allforio i daenlen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Allforio i daenlen</translation>
    </message>
    <message>
        <source>&amp;Full workbook</source>
        <translation>Llyfr gwaith &amp;llawn</translation>
    </message>
    <message>
        <source>&amp;Partner pack for</source>
        <translation>&amp;Pecyn partner ar gyfer</translation>
    </message>
    <message>
        <source>&amp;Aggregate figures (no names)</source>
        <translation>&amp;Ffigurau cyfanredol (dim enwau)</translation>
    </message>
    <message>
        <source>Everything in the plan: actions, people, training records, the training matrix and requirements. It names people: share it only with those entitled to see them.</source>
        <translation>Popeth yn y cynllun: camau gweithredu, pobl, cofnodion hyfforddiant, y matrics hyfforddiant a gofynion. Mae&apos;n enwi pobl: rhannwch ef dim ond â&apos;r rhai sydd â hawl i&apos;w gweld.</translation>
    </message>
    <message>
        <source>Only this organisation&apos;s people and training, and the actions it leads or supports. The partner can update it and send it back for import.</source>
        <translation>Dim ond pobl a hyfforddiant y sefydliad hwn, a&apos;r camau gweithredu y mae&apos;n eu harwain neu&apos;n eu cefnogi. Gall y partner ei ddiweddaru a&apos;i anfon yn ôl i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>Counts and percentages by organisation, role group and course, for the board. No names or emails; counts below 5 are shown as “&lt;5”.</source>
        <translation>Cyfrifon a chanrannau fesul sefydliad, grŵp rôl a chwrs, ar gyfer y bwrdd. Dim enwau na chyfeiriadau e-bost; dangosir cyfrifon o dan 5 fel “&lt;5”.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Beth i&apos;w allforio</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Sefydliad partner</translation>
    </message>
    <message>
        <source>Add the partner organisations first.</source>
        <translation>Ychwanegwch y sefydliadau partner yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Sheets</source>
        <translation>&amp;Taflenni</translation>
    </message>
    <message>
        <source>Sheets to include</source>
        <translation>Taflenni i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>Space ticks or clears the current sheet.</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n clirio&apos;r daflen gyfredol.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ff&amp;eil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Statws yr allforio</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Aggregate figures</source>
        <translation>Ffigurau cyfanredol</translation>
    </message>
    <message>
        <source>There is already a file called {name}: exporting replaces it.</source>
        <translation>Mae ffeil o&apos;r enw {name} eisoes: mae allforio yn ei disodli.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Rhowch enw i&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Tick at least one sheet to export.</source>
        <translation>Ticiwch o leiaf un daflen i&apos;w hallforio.</translation>
    </message>
    <message>
        <source>Choose the partner organisation for the pack.</source>
        <translation>Dewiswch y sefydliad partner ar gyfer y pecyn.</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Yn allforio i {name}…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Yn allforio…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Stopio&apos;r allforio</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Cau heb allforio</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Wedi stopio: ni ysgrifennwyd ffeil.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>GapActionDialog</name>
    <message>
        <source>Create an action for {key}</source>
        <translation>Creu cam gweithredu ar gyfer {key}</translation>
    </message>
    <message>
        <source>&amp;Create the action</source>
        <translation>&amp;Creu&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>The action goes into the plan and is linked back to {key} as its evidence. One undo takes both away.</source>
        <translation>Mae&apos;r cam gweithredu&apos;n mynd i&apos;r cynllun ac yn cael ei gysylltu&apos;n ôl â {key} fel ei dystiolaeth. Mae un dadwneud yn tynnu&apos;r ddau.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>New theme: {name}</source>
        <translation>Thema newydd: {name}</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Erb&amp;yn</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;isgrifiad</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>Mae angen teitl ar y cam gweithredu.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Yn y rhaglen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Llinell orchymyn</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Undone elsewhere</source>
        <translation>Wedi&apos;i ddadwneud mewn man arall</translation>
    </message>
    <message>
        <source>Made in another database</source>
        <translation>Wedi&apos;i wneud mewn cronfa ddata arall</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Wedi&apos;i ddadwneud</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Every change is kept here with where it came from. Undoing a change records the undo as a change of its own, so it can be undone in turn.</source>
        <translation>Cedwir pob newid yma gyda&apos;i darddiad. Mae dadwneud newid yn cofnodi&apos;r dadwneud fel newid ynddo&apos;i hun, fel y gellir ei ddadwneud yn ei dro.</translation>
    </message>
    <message>
        <source>&amp;Undo this change…</source>
        <translation>&amp;Dadwneud y newid hwn…</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Dadwneud y newid hwn</translation>
    </message>
    <message>
        <source>Change batches</source>
        <translation>Sypiau newidiadau</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Cofnodion a newidiwyd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Hanes newidiadau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Undo “{what}” ({n} records changed)?</source>
        <translation>Dadwneud “{what}” ({n} cofnod wedi newid)?</translation>
    </message>
    <message>
        <source>Undo the change</source>
        <translation>Dadwneud y newid</translation>
    </message>
    <message>
        <source>Undid “{what}”.</source>
        <translation>Dadwnaed “{what}”.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Mewnforio o daenlen</translation>
    </message>
    <message>
        <source>Imports go into a plan: create or open a plan first, then import the file.</source>
        <translation>Mae mewnforion yn mynd i gynllun: crëwch neu agorwch gynllun yn gyntaf, yna mewnforiwch y ffeil.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Course: {code} ({name})</source>
        <translation>Cwrs: {code} ({name})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Yn darllen {file}…</translation>
    </message>
    <message>
        <source>“{file}” holds no sheets with data.</source>
        <translation>Does dim taflenni â data yn “{file}”.</translation>
    </message>
    <message>
        <source>Stopped before the file was read: change a choice to read it again.</source>
        <translation>Wedi stopio cyn darllen y ffeil: newidiwch ddewis i&apos;w darllen eto.</translation>
    </message>
    <message>
        <source>Password-protected workbook</source>
        <translation>Llyfr gwaith wedi&apos;i warchod â chyfrinair</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Type the password the sender gave you: the workbook is opened in memory, and nothing of it is saved unprotected.</source>
        <translation>Mae “{file}” wedi&apos;i warchod â chyfrinair. Teipiwch y cyfrinair a roddodd yr anfonwr i chi: mae&apos;r llyfr gwaith yn cael ei agor yn y cof, a does dim ohono&apos;n cael ei gadw heb warchodaeth.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Yn mewnforio {file}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Mewnforio {file}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Stopiwyd y mewnforio; ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>LeaversModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Cofnodion hyfforddiant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Figures as at</source>
        <translation>Ffigurau fel ar</translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation>Cynnydd gwaith yn y cefndir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stop the background work</source>
        <translation>Stopio&apos;r gwaith yn y cefndir</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Cynllun newydd…</translation>
    </message>
    <message>
        <source>There is no plan called &apos;{name}&apos;.</source>
        <translation>Does dim cynllun o&apos;r enw &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <source>Action plan databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cronfeydd data cynllun gweithredu (*.db *.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <source>Action plan databases (*.db)</source>
        <translation>Cronfeydd data cynllun gweithredu (*.db)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Wedi&apos;i gadw wrth gefn yn {path}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cronfa ddata: {name}</translation>
    </message>
    <message>
        <source>Plan: {name}</source>
        <translation>Cynllun: {name}</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Dim cynllun ar agor</translation>
    </message>
    <message>
        <source>As at {date}</source>
        <translation>Fel ar {date}</translation>
    </message>
    <message>
        <source>Ratings and compliance are worked out for today.</source>
        <translation>Mae sgoriau a chydymffurfiaeth yn cael eu cyfrifo ar gyfer heddiw.</translation>
    </message>
    <message>
        <source>As at {date} (fixed day)</source>
        <translation>Fel ar {date} (diwrnod sefydlog)</translation>
    </message>
    <message>
        <source>The application is working as at {date}, not today: it was started with --as-of or ACTIONPLAN_TODAY. Changes made now are recorded on that day.</source>
        <translation>Mae&apos;r rhaglen yn gweithio fel ar {date}, nid heddiw: fe&apos;i dechreuwyd gyda --as-of neu ACTIONPLAN_TODAY. Mae newidiadau a wneir nawr yn cael eu cofnodi ar y diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>About ActionPlan</source>
        <translation>Ynghylch ActionPlan</translation>
    </message>
    <message>
        <source>&lt;b&gt;ActionPlan {version}&lt;/b&gt;&lt;br&gt;The Prevent partnership action plan and key personnel training manager.&lt;br&gt;Data stays in a database on this computer.</source>
        <translation>&lt;b&gt;ActionPlan {version}&lt;/b&gt;&lt;br&gt;Rheolwr cynllun gweithredu partneriaeth Prevent a hyfforddiant personél allweddol.&lt;br&gt;Mae&apos;r data&apos;n aros mewn cronfa ddata ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Pennawd yn y ffeil</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Wedi&apos;i fewnforio fel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cyfatebiaeth</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Gwerth cyntaf</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(dim pennawd)</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Eich dewis</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Heb ei adnabod</translation>
    </message>
    <message>
        <source>Course name</source>
        <translation>Enw&apos;r cwrs</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Exact, without the note</source>
        <translation>Union, heb y nodyn</translation>
    </message>
    <message>
        <source>Near match ({percent}%): check it</source>
        <translation>Cyfatebiaeth agos ({percent}%): gwiriwch hi</translation>
    </message>
    <message>
        <source>Choose the field this column fills, or Ignore to leave it out</source>
        <translation>Dewiswch y maes y mae&apos;r golofn hon yn ei llenwi, neu Anwybyddu i&apos;w gadael allan</translation>
    </message>
    <message>
        <source>The heading is close to a known heading but not the same: check the field</source>
        <translation>Mae&apos;r pennawd yn agos at bennawd hysbys ond nid yr un fath: gwiriwch y maes</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the headings and columns</source>
        <translation>Gwirio&apos;r penawdau a&apos;r colofnau</translation>
    </message>
    <message>
        <source>Each column of the sheet and the field it fills. Where a guess is wrong, choose the right field, or Ignore to leave the column out; the sample shows the first rows as they will be read.</source>
        <translation>Pob colofn yn y daflen a&apos;r maes y mae&apos;n ei llenwi. Lle mae dyfaliad yn anghywir, dewiswch y maes cywir, neu Anwybyddu i adael y golofn allan; mae&apos;r sampl yn dangos y rhesi cyntaf fel y byddant yn cael eu darllen.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Rhes pennawd</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headings</source>
        <translation>Y rhes yn y daflen sy&apos;n dal penawdau&apos;r colofnau</translation>
    </message>
    <message>
        <source>Headings are on &amp;row:</source>
        <translation>Mae&apos;r penawdau ar &amp;res:</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Colofnau a&apos;r meysydd y maent yn eu llenwi</translation>
    </message>
    <message>
        <source>Sample of the first rows as they will be read</source>
        <translation>Sampl o&apos;r rhesi cyntaf fel y byddant yn cael eu darllen</translation>
    </message>
    <message>
        <source>Sample: the first rows as they will be read (row numbers as in the file)</source>
        <translation>Sampl: y rhesi cyntaf fel y byddant yn cael eu darllen (rhifau rhesi fel yn y ffeil)</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, read as {kind}. If that is wrong, change the kind of data on the first page.</source>
        <translation>Taflen “{sheet}”, wedi&apos;i darllen fel {kind}. Os yw hynny&apos;n anghywir, newidiwch y math o ddata ar y dudalen gyntaf.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: its kind is not recognised yet. Map its columns, or choose the kind of data on the first page.</source>
        <translation>Taflen “{sheet}”: nid yw ei math wedi&apos;i adnabod eto. Mapiwch ei cholofnau, neu dewiswch y math o ddata ar y dudalen gyntaf.</translation>
    </message>
    <message>
        <source>The corrections made to this partner&apos;s last file are applied.</source>
        <translation>Mae&apos;r cywiriadau a wnaed i ffeil ddiwethaf y partner hwn yn cael eu cymhwyso.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Grŵp rôl</translation>
    </message>
    <message>
        <source>Course: %s</source>
        <translation>Cwrs: %s</translation>
    </message>
    <message>
        <source>Deadline: %s</source>
        <translation>Terfyn amser: %s</translation>
    </message>
    <message>
        <source>Target: %d%%</source>
        <translation>Targed: %d%%</translation>
    </message>
    <message>
        <source>%1: completed %2, never expires</source>
        <translation>%1: cwblhawyd %2, byth yn dod i ben</translation>
    </message>
    <message>
        <source>%1: completed %2, expires %3</source>
        <translation>%1: cwblhawyd %2, yn dod i ben %3</translation>
    </message>
    <message>
        <source>%1: completed %2, expired %3; the deadline %4 has passed</source>
        <translation>%1: cwblhawyd %2, daeth i ben %3; mae&apos;r terfyn amser %4 wedi mynd heibio</translation>
    </message>
    <message>
        <source>%1: the completion of %2 expired %3</source>
        <translation>%1: daeth cwblhad %2 i ben %3</translation>
    </message>
    <message>
        <source>%1: not trained yet</source>
        <translation>%1: heb ei hyfforddi eto</translation>
    </message>
    <message>
        <source>; deadline %1</source>
        <translation>; terfyn amser %1</translation>
    </message>
    <message>
        <source>; no deadline set</source>
        <translation>; dim terfyn amser wedi&apos;i osod</translation>
    </message>
    <message>
        <source>%1: never trained; the deadline %2 has passed</source>
        <translation>%1: erioed wedi&apos;i hyfforddi; mae&apos;r terfyn amser %2 wedi mynd heibio</translation>
    </message>
    <message>
        <source>%1: outside this requirement&apos;s audience</source>
        <translation>%1: y tu allan i gynulleidfa&apos;r gofyniad hwn</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Wedi&apos;i eithrio</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Yn cydymffurfio</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Ar fin dod i ben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Dim angen</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Search people…</source>
        <translation>Chwilio pobl…</translation>
    </message>
    <message>
        <source>Search the training matrix</source>
        <translation>Chwilio&apos;r matrics hyfforddiant</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Hidlo fesul sefydliad</translation>
    </message>
    <message>
        <source>Filter by role group</source>
        <translation>Hidlo fesul grŵp rôl</translation>
    </message>
    <message>
        <source>&amp;Key personnel only</source>
        <translation>&amp;Personél allweddol yn unig</translation>
    </message>
    <message>
        <source>Key personnel only</source>
        <translation>Personél allweddol yn unig</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>All role groups</source>
        <translation>Pob grŵp rôl</translation>
    </message>
    <message>
        <source>&amp;Record completion…</source>
        <translation>&amp;Cofnodi cwblhad…</translation>
    </message>
    <message>
        <source>Record or correct a completion</source>
        <translation>Cofnodi neu gywiro cwblhad</translation>
    </message>
    <message>
        <source>Session &amp;attendance…</source>
        <translation>&amp;Presenoldeb sesiwn…</translation>
    </message>
    <message>
        <source>Record session attendance for the selected people</source>
        <translation>Cofnodi presenoldeb sesiwn ar gyfer y bobl a ddewiswyd</translation>
    </message>
    <message>
        <source>Record one course and date for everyone selected, as after a WRAP workshop</source>
        <translation>Cofnodi un cwrs a dyddiad i bawb a ddewiswyd, fel ar ôl gweithdy WRAP</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>Crynodeb y matrics</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Newid diwethaf</translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation>Matrics hyfforddiant</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <source>blank: not required</source>
        <translation>gwag: dim angen</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to record or correct a completion.</source>
        <translation>Cliciwch ddwywaith neu pwyswch Enter ar gell i gofnodi neu gywiro cwblhad.</translation>
    </message>
    <message>
        <source>Select all people shown</source>
        <translation>Dewis pawb a ddangosir</translation>
    </message>
    <message>
        <source>Working out the training matrix…</source>
        <translation>Yn cyfrifo&apos;r matrics hyfforddiant…</translation>
    </message>
    <message>
        <source>Open a plan to see its training matrix.</source>
        <translation>Agorwch gynllun i weld ei fatrics hyfforddiant.</translation>
    </message>
    <message>
        <source>This plan has no training requirements yet: add them under Courses and requirements.</source>
        <translation>Does gan y cynllun hwn ddim gofynion hyfforddi eto: ychwanegwch nhw o dan Cyrsiau a gofynion.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people shown</source>
        <translation>Dangosir %1 o %2 o bobl</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session &amp;attendance (%n)…</source>
        <translation>
            <numerusform>&amp;Presenoldeb sesiwn (%n)…</numerusform>
            <numerusform>&amp;Presenoldeb sesiwn (%n)…</numerusform>
            <numerusform>&amp;Presenoldeb sesiwn (%n)…</numerusform>
            <numerusform>&amp;Presenoldeb sesiwn (%n)…</numerusform>
            <numerusform>&amp;Presenoldeb sesiwn (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Record or correct a completion…</source>
        <translation>Cofnodi neu gywiro cwblhad…</translation>
    </message>
    <message>
        <source>Record session attendance…</source>
        <translation>Cofnodi presenoldeb sesiwn…</translation>
    </message>
    <message>
        <source>Delete %1&apos;s %2 record</source>
        <translation>Dileu cofnod %2 %1</translation>
    </message>
    <message>
        <source>Record %1 for 1 person</source>
        <translation>Cofnodi %1 ar gyfer 1 person</translation>
    </message>
    <message numerus="yes">
        <source>Record %1 for %n people</source>
        <translation>
            <numerusform>Cofnodi %1 ar gyfer %n o bobl</numerusform>
            <numerusform>Cofnodi %1 ar gyfer %n o bobl</numerusform>
            <numerusform>Cofnodi %1 ar gyfer %n o bobl</numerusform>
            <numerusform>Cofnodi %1 ar gyfer %n o bobl</numerusform>
            <numerusform>Cofnodi %1 ar gyfer %n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 on %2 for 1 person.</source>
        <translation>Cofnodwyd %1 ar %2 ar gyfer 1 person.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 on %2 for %n people.</source>
        <translation>
            <numerusform>Cofnodwyd %1 ar %2 ar gyfer %n o bobl.</numerusform>
            <numerusform>Cofnodwyd %1 ar %2 ar gyfer %n o bobl.</numerusform>
            <numerusform>Cofnodwyd %1 ar %2 ar gyfer %n o bobl.</numerusform>
            <numerusform>Cofnodwyd %1 ar %2 ar gyfer %n o bobl.</numerusform>
            <numerusform>Cofnodwyd %1 ar %2 ar gyfer %n o bobl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had it recorded.</source>
        <translation>
            <numerusform>Roedd %n wedi&apos;i gofnodi eisoes.</numerusform>
            <numerusform>Roedd %n wedi&apos;i gofnodi eisoes.</numerusform>
            <numerusform>Roedd %n wedi&apos;i gofnodi eisoes.</numerusform>
            <numerusform>Roedd %n wedi&apos;i gofnodi eisoes.</numerusform>
            <numerusform>Roedd %n wedi&apos;i gofnodi eisoes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Meeting mode — {title}</source>
        <translation>Modd cyfarfod — {title}</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Modd cyfarfod</translation>
    </message>
    <message>
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <source>Position in the plan</source>
        <translation>Safle yn y cynllun</translation>
    </message>
    <message>
        <source>S&amp;kip complete and cancelled</source>
        <translation>&amp;Hepgor y rhai wedi&apos;u cwblhau a&apos;u canslo</translation>
    </message>
    <message>
        <source>Skip complete and cancelled actions</source>
        <translation>Hepgor camau gweithredu wedi&apos;u cwblhau a&apos;u canslo</translation>
    </message>
    <message>
        <source>Close &amp;meeting…</source>
        <translation>Cau&apos;r &amp;cyfarfod…</translation>
    </message>
    <message>
        <source>Close the meeting, keeping a snapshot of the plan&apos;s figures for the next pack</source>
        <translation>Cau&apos;r cyfarfod, gan gadw ciplun o ffigurau&apos;r cynllun ar gyfer y pecyn nesaf</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Gadael (Esc)</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Gadael modd cyfarfod</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <source>Why this RAG rating</source>
        <translation>Pam y sgôr RAG hon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sefydliad arweiniol</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>Diweddariad diweddaraf</translation>
    </message>
    <message>
        <source>Update to record</source>
        <translation>Diweddariad i&apos;w gofnodi</translation>
    </message>
    <message>
        <source>What was reported or agreed for this action…</source>
        <translation>Beth a adroddwyd neu a gytunwyd ar gyfer y cam gweithredu hwn…</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>New progress</source>
        <translation>Cynnydd newydd</translation>
    </message>
    <message>
        <source>&amp;Save update (Ctrl+Enter)</source>
        <translation>&amp;Cadw&apos;r diweddariad (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save update</source>
        <translation>Cadw&apos;r diweddariad</translation>
    </message>
    <message>
        <source>Recorded in this meeting</source>
        <translation>Wedi&apos;i gofnodi yn y cyfarfod hwn</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Cy&amp;nnydd</translation>
    </message>
    <message>
        <source>&amp;Record an update for this action</source>
        <translation>C&amp;ofnodi diweddariad ar gyfer y cam gweithredu hwn</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Blaenorol</translation>
    </message>
    <message>
        <source>Previous action</source>
        <translation>Cam gweithredu blaenorol</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Nesaf  ▶</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Cam gweithredu nesaf</translation>
    </message>
    <message>
        <source>← → or Page Up/Down to move · Home/End · Ctrl+Enter saves · Esc leaves</source>
        <translation>← → neu Page Up/Down i symud · Home/End · Ctrl+Enter yn cadw · Esc yn gadael</translation>
    </message>
    <message>
        <source>Action {n} of {total}</source>
        <translation>Cam gweithredu {n} o {total}</translation>
    </message>
    <message>
        <source>The plan has no actions to show.</source>
        <translation>Does gan y cynllun ddim camau gweithredu i&apos;w dangos.</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>Thema: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Action {ref}: {title}</source>
        <translation>Cam gweithredu {ref}: {title}</translation>
    </message>
    <message>
        <source>No update recorded yet.</source>
        <translation>Does dim diweddariad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Recorded in this meeting: {updates}</source>
        <translation>Wedi&apos;i gofnodi yn y cyfarfod hwn: {updates}</translation>
    </message>
    <message>
        <source>Action {n} of {total}: {ref} {title}. {rag}</source>
        <translation>Cam gweithredu {n} o {total}: {ref} {title}. {rag}</translation>
    </message>
    <message>
        <source>Progress follows the linked training requirement&apos;s compliance</source>
        <translation>Mae&apos;r cynnydd yn dilyn cydymffurfiaeth y gofyniad hyfforddi cysylltiedig</translation>
    </message>
    <message>
        <source>No RAG</source>
        <translation>Dim RAG</translation>
    </message>
    <message>
        <source>RAG rating: {rag}</source>
        <translation>Sgôr RAG: {rag}</translation>
    </message>
    <message>
        <source>Reviewed at the meeting: {status}, {progress}%.</source>
        <translation>Adolygwyd yn y cyfarfod: {status}, {progress}%.</translation>
    </message>
    <message>
        <source>Update {ref} in the meeting</source>
        <translation>Diweddaru {ref} yn y cyfarfod</translation>
    </message>
    <message>
        <source>Recorded an update to {ref}.</source>
        <translation>Cofnodwyd diweddariad i {ref}.</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Cau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Close “{title}” of {date}? The plan&apos;s figures as they stand are kept with it.</source>
        <translation>Cau “{title}” dyddiedig {date}? Cedwir ffigurau&apos;r cynllun fel y maent gydag ef.</translation>
    </message>
    <message>
        <source>Closed “{title}”.</source>
        <translation>Caewyd “{title}”.</translation>
    </message>
    <message>
        <source>Close meeting of {date}</source>
        <translation>Cau cyfarfod {date}</translation>
    </message>
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>Meeting pack</source>
        <translation>Pecyn cyfarfod</translation>
    </message>
    <message>
        <source>An A4 PDF for the partnership board: headline figures, changes since the last meeting, the charts, the actions by theme and what is overdue.</source>
        <translation>PDF A4 ar gyfer bwrdd y bartneriaeth: prif ffigurau, newidiadau ers y cyfarfod diwethaf, y siartiau, y camau gweithredu fesul thema a&apos;r hyn sy&apos;n hwyr.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>Include the &amp;names of people with overdue training</source>
        <translation>Cynnwys &amp;enwau pobl â hyfforddiant yn hwyr</translation>
    </message>
    <message>
        <source>Include the names of people with overdue training</source>
        <translation>Cynnwys enwau pobl â hyfforddiant yn hwyr</translation>
    </message>
    <message>
        <source>Without names the pack gives counts by organisation only. With names, share it only with people entitled to see them.</source>
        <translation>Heb enwau, mae&apos;r pecyn yn rhoi cyfrifon fesul sefydliad yn unig. Gydag enwau, rhannwch ef dim ond â phobl sydd â hawl i&apos;w gweld.</translation>
    </message>
    <message>
        <source>&amp;Write the pack</source>
        <translation>&amp;Ysgrifennu&apos;r pecyn</translation>
    </message>
    <message>
        <source>Save the meeting pack as</source>
        <translation>Cadw&apos;r pecyn cyfarfod fel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Rhowch enw i&apos;r ffeil.</translation>
    </message>
    <message>
        <source>The meeting pack is a PDF: give a file name ending in .pdf.</source>
        <translation>PDF yw&apos;r pecyn cyfarfod: rhowch enw ffeil sy&apos;n gorffen â .pdf.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Does dim ffolder {folder}.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>Cyfarfod &amp;newydd</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Teitl y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Mynychwyr</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;odiadau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation>P&amp;enderfyniadau</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Snapshot taken when the meeting closed</source>
        <translation>Ciplun a gymerwyd pan gaewyd y cyfarfod</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Ciplun</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Cadw&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Close meeting…</source>
        <translation>&amp;Cau&apos;r cyfarfod…</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Cau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Keeps a snapshot of the plan&apos;s figures, so the next pack shows what changed since</source>
        <translation>Yn cadw ciplun o ffigurau&apos;r cynllun, fel bod y pecyn nesaf yn dangos beth newidiodd ers hynny</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Dechrau &amp;modd cyfarfod</translation>
    </message>
    <message>
        <source>Start meeting mode</source>
        <translation>Dechrau modd cyfarfod</translation>
    </message>
    <message>
        <source>Step through the actions full screen, for a projector, recording updates as you go</source>
        <translation>Camu drwy&apos;r camau gweithredu ar sgrin lawn, ar gyfer taflunydd, gan gofnodi diweddariadau wrth fynd</translation>
    </message>
    <message>
        <source>Taken when the meeting is closed.</source>
        <translation>Wedi&apos;i gymryd pan gaeir y cyfarfod.</translation>
    </message>
    <message>
        <source>{total} actions, {overdue} overdue. Training: {training}.</source>
        <translation>{total} cam gweithredu, {overdue} yn hwyr. Hyfforddiant: {training}.</translation>
    </message>
    <message>
        <source>Add meeting of {date}</source>
        <translation>Ychwanegu cyfarfod {date}</translation>
    </message>
    <message>
        <source>Prevent Partnership Board</source>
        <translation>Bwrdd Partneriaeth Prevent</translation>
    </message>
    <message>
        <source>Edit meeting of {date}</source>
        <translation>Golygu cyfarfod {date}</translation>
    </message>
    <message>
        <source>Close “{title}” of {date}? The plan&apos;s figures as they stand are kept with it.</source>
        <translation>Cau “{title}” dyddiedig {date}? Cedwir ffigurau&apos;r cynllun fel y maent gydag ef.</translation>
    </message>
    <message>
        <source>Close meeting of {date}</source>
        <translation>Cau cyfarfod {date}</translation>
    </message>
    <message>
        <source>Closed “{title}”.</source>
        <translation>Caewyd “{title}”.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>The database file will be encrypted with this passphrase, and so will its backups. Without the passphrase nobody, not even IT, can read them: keep it somewhere safe. Use at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Bydd ffeil y gronfa ddata&apos;n cael ei hamgryptio â&apos;r cyfrinymadrodd hwn, a&apos;i chopïau wrth gefn hefyd. Heb y cyfrinymadrodd ni all neb, nid hyd yn oed TG, eu darllen: cadwch ef yn rhywle diogel. Defnyddiwch o leiaf {n} nod; mae ychydig eiriau digyswllt yn hawdd i&apos;w cofio ac yn anodd i&apos;w dyfalu.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translatorcomment>review</translatorcomment>
        <translation>C&amp;ofio yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translatorcomment>review</translatorcomment>
        <translation>Cofio&apos;r cyfrinymadrodd yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>A database passphrase needs at least {n} characters.</source>
        <translation>Mae cyfrinymadrodd cronfa ddata angen o leiaf {n} nod.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol: teipiwch yr un un ddwywaith.</translation>
    </message>
</context>
<context>
    <name>OrganisationComplianceModel</name>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>{title} (target {target}%)</source>
        <translation>{title} (targed {target}%)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit %s</source>
        <translation>Golygu %s</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <source>Shown where space is short, for example Council</source>
        <translation>Yn cael ei ddangos lle mae lle&apos;n brin, er enghraifft Cyngor</translation>
    </message>
    <message>
        <source>Has the Prevent duty under the Counter-Terrorism and Security Act 2015</source>
        <translation>Mae dyletswydd Prevent arno o dan Ddeddf Gwrthderfysgaeth a Diogelwch 2015</translation>
    </message>
    <message>
        <source>One a line: the names partners write in their spreadsheets</source>
        <translation>Un i bob llinell: yr enwau y mae partneriaid yn eu hysgrifennu yn eu taenlenni</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Enw &amp;byr:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Specified &amp;authority:</source>
        <translation>&amp;Awdurdod penodedig:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>Enwau &amp;eraill:</translation>
    </message>
    <message>
        <source>Who update requests are addressed to</source>
        <translation>At bwy y cyfeirir ceisiadau am ddiweddariadau</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>enw@example.org</translation>
    </message>
    <message>
        <source>Prevent &amp;contact:</source>
        <translation>&amp;Cyswllt Prevent:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-bost y cyswllt:</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Enw byr</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Specified authority</source>
        <translation>Awdurdod penodedig</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation>Cyswllt Prevent</translation>
    </message>
    <message>
        <source>A specified authority under the Counter-Terrorism and Security Act 2015</source>
        <translation>Awdurdod penodedig o dan Ddeddf Gwrthderfysgaeth a Diogelwch 2015</translation>
    </message>
    <message>
        <source>Not a specified authority: a voluntary partner</source>
        <translation>Nid yw&apos;n awdurdod penodedig: partner gwirfoddol</translation>
    </message>
    <message>
        <source>No Prevent contact: update requests cannot be addressed to this organisation</source>
        <translation>Dim cyswllt Prevent: ni ellir cyfeirio ceisiadau am ddiweddariadau at y sefydliad hwn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Chwilio sefydliadau…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Chwilio sefydliadau</translation>
    </message>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>&amp;Ychwanegu sefydliad…</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Golygu&apos;r sefydliad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected organisation</source>
        <translation>Dileu&apos;r sefydliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Organisations summary</source>
        <translation>Crynodeb sefydliadau</translation>
    </message>
    <message>
        <source>Specified authorities have the Prevent duty under the Counter-Terrorism and Security Act 2015. Other names are the spellings partners use in their spreadsheets, so imports find the right organisation.</source>
        <translation>Mae dyletswydd Prevent ar awdurdodau penodedig o dan Ddeddf Gwrthderfysgaeth a Diogelwch 2015. Enwau eraill yw&apos;r sillafiadau y mae partneriaid yn eu defnyddio yn eu taenlenni, fel bod mewnforion yn dod o hyd i&apos;r sefydliad cywir.</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Sefydliad newydd…</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 sefydliad</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 specified authorities</source>
        <translation>%1 awdurdod penodedig</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Ychwanegu sefydliad %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Golygu sefydliad %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Dileu %1?</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Dileu sefydliad %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Dileu&apos;r %n sefydliad hyn?</numerusform>
            <numerusform>Dileu&apos;r %n sefydliad hyn?</numerusform>
            <numerusform>Dileu&apos;r %n sefydliad hyn?</numerusform>
            <numerusform>Dileu&apos;r %n sefydliad hyn?</numerusform>
            <numerusform>Dileu&apos;r %n sefydliad hyn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Dileu %n sefydliad</numerusform>
            <numerusform>Dileu %n sefydliad</numerusform>
            <numerusform>Dileu %n sefydliad</numerusform>
            <numerusform>Dileu %n sefydliad</numerusform>
            <numerusform>Dileu %n sefydliad</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>Delete organisations</source>
        <translation>Dileu sefydliadau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Newidiadau neu reswm</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>The data could not be loaded: %s</source>
        <translation>Methu llwytho&apos;r data: %s</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Protect with a pass&amp;word</source>
        <translation>Gwarchod â chyf&amp;rinair</translation>
    </message>
    <message>
        <source>Protect the workbook with a password</source>
        <translation>Gwarchod y llyfr gwaith â chyfrinair</translation>
    </message>
    <message>
        <source>Workbook password</source>
        <translation>Cyfrinair y llyfr gwaith</translation>
    </message>
    <message>
        <source>A passphrase made up for this workbook; you may type your own instead.</source>
        <translation>Cyfrinymadrodd a wnaed ar gyfer y llyfr gwaith hwn; gallwch deipio eich un eich hun yn lle.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Make up another passphrase</source>
        <translation>Gwneud cyfrinymadrodd arall</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copïo&apos;r cyfrinair</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for this password when the workbook is opened. Send the password by another channel than the workbook: read it out on the phone or send it by text message, never in the same email.</source>
        <translation>Mae Excel a LibreOffice yn gofyn am y cyfrinair hwn pan agorir y llyfr gwaith. Anfonwch y cyfrinair drwy sianel wahanol i&apos;r llyfr gwaith: darllenwch ef ar y ffôn neu anfonwch ef mewn neges destun, byth yn yr un e-bost.</translation>
    </message>
    <message>
        <source>A workbook password needs at least {n} characters.</source>
        <translation>Mae cyfrinair llyfr gwaith angen o leiaf {n} nod.</translation>
    </message>
</context>
<context>
    <name>PendingImport</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Mewnforio o daenlen</translation>
    </message>
    <message>
        <source>Imports go into a plan, and this database has none yet: create or open a plan, and the import of {name} will start.</source>
        <translation>Mae mewnforion yn mynd i gynllun, a does gan y gronfa ddata hon ddim un eto: crëwch neu agorwch gynllun, a bydd mewnforio {name} yn dechrau.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Grŵp rôl</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Rhif staff</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>Personél allweddol</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuodd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <source>Left on %s</source>
        <translation>Gadawodd ar %s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search people…</source>
        <translation>Chwilio pobl…</translation>
    </message>
    <message>
        <source>Finds names, emails, staff numbers, job titles, teams and organisations</source>
        <translation>Yn dod o hyd i enwau, cyfeiriadau e-bost, rhifau staff, teitlau swydd, timau a sefydliadau</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chwilio pobl</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Hidlo fesul sefydliad</translation>
    </message>
    <message>
        <source>Filter by role group</source>
        <translation>Hidlo fesul grŵp rôl</translation>
    </message>
    <message>
        <source>&amp;Key personnel only</source>
        <translation>&amp;Personél allweddol yn unig</translation>
    </message>
    <message>
        <source>Key personnel only</source>
        <translation>Personél allweddol yn unig</translation>
    </message>
    <message>
        <source>Current staff or leavers</source>
        <translation>Staff presennol neu ymadawyr</translation>
    </message>
    <message>
        <source>Current staff</source>
        <translation>Staff presennol</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Ymadawyr</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>All role groups</source>
        <translation>Pob grŵp rôl</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected people</source>
        <translation>Dileu&apos;r bobl a ddewiswyd</translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Pobl a ddangosir</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Person newydd…</translation>
    </message>
    <message>
        <source>%1 of %2 people shown</source>
        <translation>Dangosir %1 o %2 o bobl</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
            <numerusform>%n wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Delete %1 and their training records?</source>
        <translation>Dileu %1 a&apos;u cofnodion hyfforddiant?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people and their training records?</source>
        <translation>
            <numerusform>Dileu&apos;r %n o bobl hyn a&apos;u cofnodion hyfforddiant?</numerusform>
            <numerusform>Dileu&apos;r %n o bobl hyn a&apos;u cofnodion hyfforddiant?</numerusform>
            <numerusform>Dileu&apos;r %n o bobl hyn a&apos;u cofnodion hyfforddiant?</numerusform>
            <numerusform>Dileu&apos;r %n o bobl hyn a&apos;u cofnodion hyfforddiant?</numerusform>
            <numerusform>Dileu&apos;r %n o bobl hyn a&apos;u cofnodion hyfforddiant?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Dileu %n o bobl</numerusform>
            <numerusform>Dileu %n o bobl</numerusform>
            <numerusform>Dileu %n o bobl</numerusform>
            <numerusform>Dileu %n o bobl</numerusform>
            <numerusform>Dileu %n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Dileu pobl</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete %1&apos;s %2 record</source>
        <translation>Dileu cofnod %2 %1</translation>
    </message>
</context>
<context>
    <name>PeoplePrivacyActions</name>
    <message>
        <source>Purge lea&amp;vers…</source>
        <translation>Carthu &amp;ymadawyr…</translation>
    </message>
    <message>
        <source>Purge the people who left longer ago than the retention period</source>
        <translation>Carthu&apos;r bobl a adawodd yn hwy&apos;n ôl na&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>S&amp;ubject access…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Cais gwrthrych am &amp;wybodaeth…</translation>
    </message>
    <message>
        <source>Write everything held about this person to a workbook</source>
        <translation>Ysgrifennu popeth a ddelir am y person hwn i lyfr gwaith</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Send the password by another channel than the workbook: read it out on the phone or send it by text message.</source>
        <translation>Mae&apos;r llyfr gwaith wedi&apos;i warchod â chyfrinair. Anfonwch y cyfrinair drwy sianel wahanol i&apos;r llyfr gwaith: darllenwch ef ar y ffôn neu anfonwch ef mewn neges destun.</translation>
    </message>
    <message>
        <source>Subject access report written to {path}</source>
        <translatorcomment>review</translatorcomment>
        <translation>Ysgrifennwyd adroddiad cais gwrthrych am wybodaeth i {path}</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translatorcomment>review</translatorcomment>
        <translation>Adroddiad cais gwrthrych am wybodaeth</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>Rhif staff:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Role group:</source>
        <translation>Grŵp rôl:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tîm:</translation>
    </message>
    <message>
        <source>Key personnel:</source>
        <translation>Personél allweddol:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Dechreuodd:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Gadawodd:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Golygu&apos;r person hwn</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>Cofnodi &amp;hyfforddiant…</translation>
    </message>
    <message>
        <source>Record a completed course for this person</source>
        <translation>Cofnodi cwrs a gwblhawyd ar gyfer y person hwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Expires or due</source>
        <translation>Yn dod i ben neu&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Status against the plan&apos;s requirements</source>
        <translation>Statws yn erbyn gofynion y cynllun</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>Hanes hyfforddiant</translation>
    </message>
    <message>
        <source>C&amp;orrect record…</source>
        <translation>C&amp;ywiro cofnod…</translation>
    </message>
    <message>
        <source>Correct the selected training record</source>
        <translation>Cywiro&apos;r cofnod hyfforddiant a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Dileu cofnod</translation>
    </message>
    <message>
        <source>Delete the selected training record</source>
        <translation>Dileu&apos;r cofnod hyfforddiant a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose a person to see their details and training.</source>
        <translation>Dewiswch berson i weld ei fanylion a&apos;i hyfforddiant.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Byth yn dod i ben</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Wedi&apos;i deipio</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit %s</source>
        <translation>Golygu %s</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>(No organisation)</source>
        <translation>(Dim sefydliad)</translation>
    </message>
    <message>
        <source>Counts as key personnel for the Prevent duty</source>
        <translation>Yn cyfrif fel personél allweddol ar gyfer dyletswydd Prevent</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cyfenw:</translation>
    </message>
    <message>
        <source>S&amp;taff number:</source>
        <translation>&amp;Rhif staff:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-bost:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Teitl swydd:</translation>
    </message>
    <message>
        <source>&amp;Role group:</source>
        <translation>&amp;Grŵp rôl:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tî&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Key personnel:</source>
        <translation>&amp;Personél allweddol:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Dyddiad dechrau:</translation>
    </message>
    <message>
        <source>Lea&amp;ving date:</source>
        <translation>Dyddiad &amp;gadael:</translation>
    </message>
    <message>
        <source>name@example.gov.uk</source>
        <translation>enw@example.gov.uk</translation>
    </message>
    <message>
        <source>For example Designated Safeguarding Lead</source>
        <translation>Er enghraifft Arweinydd Diogelu Dynodedig</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Cynllun newydd</translation>
    </message>
    <message>
        <source>Prevent partnership plan {year}</source>
        <translation>Cynllun partneriaeth Prevent {year}</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Enw&apos;r cynllun</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>For example: Northvale</source>
        <translation>Er enghraifft: Northvale</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>Prevent template (themes, courses and requirements)</source>
        <translation>Templed Prevent (themâu, cyrsiau a gofynion)</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Cynllun gwag</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Ardal</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Templed</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Creu&apos;r cynllun</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation>Rhagolwg o&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Each row of the sheet is new, updated (with what changes), unchanged, rejected (with the reason), or in conflict (changed here and in the file since it was exported: you choose on the next page). Choose a figure to see its rows.</source>
        <translation>Does dim wedi&apos;i gadw eto. Mae pob rhes yn y daflen yn newydd, wedi&apos;i diweddaru (gyda&apos;r hyn sy&apos;n newid), heb newid, wedi&apos;i gwrthod (gyda&apos;r rheswm), neu mewn gwrthdrawiad (wedi&apos;i newid yma ac yn y ffeil ers ei hallforio: rydych chi&apos;n dewis ar y dudalen nesaf). Dewiswch ffigur i weld ei resi.</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Dangos rhesi</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Pob rhes</translation>
    </message>
    <message>
        <source>Search the rows…</source>
        <translation>Chwilio&apos;r rhesi…</translation>
    </message>
    <message>
        <source>Search the rows</source>
        <translation>Chwilio&apos;r rhesi</translation>
    </message>
    <message>
        <source>What each row does</source>
        <translation>Beth mae pob rhes yn ei wneud</translation>
    </message>
    <message>
        <source>Notes to check</source>
        <translation>Nodiadau i&apos;w gwirio</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>rows with a problem: see why below</source>
        <translation>rhesi â phroblem: gweler pam isod</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>dim problemau wedi&apos;u canfod</translation>
    </message>
    <message>
        <source>changed here and in the file: choose on the next page</source>
        <translation>wedi&apos;i newid yma ac yn y ffeil: dewiswch ar y dudalen nesaf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rhes {row}</translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message>
        <source>Database protection</source>
        <translation>Gwarchod y gronfa ddata</translation>
    </message>
    <message>
        <source>Protected with a passphrase</source>
        <translation>Wedi&apos;i gwarchod â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>The database file and its backups are encrypted; they cannot be read without the passphrase.</source>
        <translation>Mae ffeil y gronfa ddata a&apos;i chopïau wrth gefn wedi&apos;u hamgryptio; ni ellir eu darllen heb y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Gwarchod â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Tynnu&apos;r warchodaeth</translation>
    </message>
    <message>
        <source>The database file and its backups will be stored unencrypted again: anyone who can reach the file can read the names and training records in it. Remove the protection?</source>
        <translation>Bydd ffeil y gronfa ddata a&apos;i chopïau wrth gefn yn cael eu storio heb eu hamgryptio eto: gall unrhyw un sy&apos;n gallu cyrraedd y ffeil ddarllen yr enwau a&apos;r cofnodion hyfforddiant ynddi. Tynnu&apos;r warchodaeth?</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Yn amgryptio&apos;r gronfa ddata a&apos;i chopïau wrth gefn…</translation>
    </message>
    <message>
        <source>The database is now protected with a passphrase.</source>
        <translation>Mae&apos;r gronfa ddata bellach wedi&apos;i gwarchod â chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The database is no longer protected with a passphrase.</source>
        <translation>Nid yw&apos;r gronfa ddata wedi&apos;i gwarchod â chyfrinymadrodd mwyach.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge leavers</source>
        <translation>Carthu ymadawyr</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>Keep leavers&apos; records for this many months</source>
        <translation>Cadw cofnodion ymadawyr am y nifer hwn o fisoedd</translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation>&amp;Cadw&apos;r cyfnod</translation>
    </message>
    <message>
        <source>Save the retention period for this plan</source>
        <translation>Cadw&apos;r cyfnod cadw ar gyfer y cynllun hwn</translation>
    </message>
    <message>
        <source>&amp;Keep the records of people who have left for</source>
        <translation>&amp;Cadw cofnodion pobl sydd wedi gadael am</translation>
    </message>
    <message>
        <source>People are shared between the plans of a database, so the longest period of its plans applies. Purging deletes the people listed with their training records and exemptions, and takes their details out of the change history; the history keeps only that a purge happened. A backup is made first. Edit &gt; Undo brings them back until you close the window; after that, only that backup does.</source>
        <translation>Mae pobl yn cael eu rhannu rhwng cynlluniau cronfa ddata, felly cyfnod hiraf ei chynlluniau sy&apos;n berthnasol. Mae carthu&apos;n dileu&apos;r bobl a restrir gyda&apos;u cofnodion hyfforddiant a&apos;u heithriadau, ac yn tynnu eu manylion o&apos;r hanes newidiadau; dim ond bod carthu wedi digwydd y mae&apos;r hanes yn ei gadw. Gwneir copi wrth gefn yn gyntaf. Mae Golygu &gt; Dadwneud yn dod â nhw&apos;n ôl nes i chi gau&apos;r ffenestr; wedi hynny, dim ond y copi wrth gefn hwnnw sy&apos;n gwneud hynny.</translation>
    </message>
    <message>
        <source>Who would go</source>
        <translation>Pwy fyddai&apos;n mynd</translation>
    </message>
    <message>
        <source>Leavers to purge</source>
        <translation>Ymadawyr i&apos;w carthu</translation>
    </message>
    <message>
        <source>What goes with them</source>
        <translation>Beth sy&apos;n mynd gyda nhw</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Carthu</translation>
    </message>
    <message>
        <source>Leavers to purge: {rule}.</source>
        <translation>Ymadawyr i&apos;w carthu: {rule}.</translation>
    </message>
    <message>
        <source>People: {people}. Their training records: {records}. Exemptions: {exemptions}. Actions that lose their owner: {actions}.</source>
        <translation>Pobl: {people}. Eu cofnodion hyfforddiant: {records}. Eithriadau: {exemptions}. Camau gweithredu sy&apos;n colli eu perchennog: {actions}.</translation>
    </message>
    <message>
        <source>Nobody has been gone longer than the retention period.</source>
        <translation>Does neb wedi bod i ffwrdd yn hwy na&apos;r cyfnod cadw.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n people</source>
        <translation>
            <numerusform>&amp;Carthu %n o bobl</numerusform>
            <numerusform>&amp;Carthu %n o bobl</numerusform>
            <numerusform>&amp;Carthu %n o bobl</numerusform>
            <numerusform>&amp;Carthu %n o bobl</numerusform>
            <numerusform>&amp;Carthu %n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n leavers</source>
        <translation>
            <numerusform>Carthu %n ymadawr</numerusform>
            <numerusform>Carthu %n ymadawr</numerusform>
            <numerusform>Carthu %n ymadawr</numerusform>
            <numerusform>Carthu %n ymadawr</numerusform>
            <numerusform>Carthu %n ymadawr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Aggregate information only</source>
        <translation>Gwybodaeth gyfanredol yn unig</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>&amp;Use the suggestion</source>
        <translation>&amp;Defnyddio&apos;r awgrym</translation>
    </message>
    <message>
        <source>Use the suggested rating</source>
        <translation>Defnyddio&apos;r sgôr a awgrymir</translation>
    </message>
    <message>
        <source>Set the rating to what the plan&apos;s data suggests (you can change it)</source>
        <translation>Gosod y sgôr i&apos;r hyn y mae data&apos;r cynllun yn ei awgrymu (gallwch ei newid)</translation>
    </message>
    <message>
        <source>Suggested rating and its reasons</source>
        <translation>Sgôr a awgrymir a&apos;i rhesymau</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <source>What is in place, what the evidence shows, what is missing</source>
        <translation>Beth sydd ar waith, beth mae&apos;r dystiolaeth yn ei ddangos, beth sydd ar goll</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Aseswr</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save the rating and commentary</source>
        <translation>Cadw&apos;r sgôr a&apos;r sylwebaeth</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Cadw (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Sgôr</translation>
    </message>
    <message>
        <source>&amp;Commentary</source>
        <translation>S&amp;ylwebaeth</translation>
    </message>
    <message>
        <source>Ass&amp;essor</source>
        <translation>A&amp;seswr</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Ychwanegu tystiolaeth…</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Agor y ddogfen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the evidence</source>
        <translation>Tynnu&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>Create an ac&amp;tion…</source>
        <translation>Creu cam &amp;gweithredu…</translation>
    </message>
    <message>
        <source>Create an action for this gap</source>
        <translation>Creu cam gweithredu ar gyfer y bwlch hwn</translation>
    </message>
    <message>
        <source>Add an action to the plan for this gap, linked back as its evidence</source>
        <translation>Ychwanegu cam gweithredu at y cynllun ar gyfer y bwlch hwn, wedi&apos;i gysylltu&apos;n ôl fel ei dystiolaeth</translation>
    </message>
    <message>
        <source>Choose a question</source>
        <translation>Dewiswch gwestiwn</translation>
    </message>
    <message>
        <source>rated on {date}</source>
        <translation>sgôr a roddwyd ar {date}</translation>
    </message>
    <message>
        <source>Last year: {rating}</source>
        <translation>Y llynedd: {rating}</translation>
    </message>
    <message>
        <source>No suggestion: the plan&apos;s data does not speak to this question.</source>
        <translation>Dim awgrym: nid yw data&apos;r cynllun yn berthnasol i&apos;r cwestiwn hwn.</translation>
    </message>
    <message>
        <source>Suggested from the plan&apos;s data: {rating}</source>
        <translation>Awgrymir o ddata&apos;r cynllun: {rating}</translation>
    </message>
    <message>
        <source>Your rating differs from the suggestion: say why in the commentary.</source>
        <translation>Mae eich sgôr yn wahanol i&apos;r awgrym: dywedwch pam yn y sylwebaeth.</translation>
    </message>
    <message>
        <source>Rate the question Not met or Partially met (and save) to turn it into an action</source>
        <translation>Rhowch y sgôr Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol i&apos;r cwestiwn (a chadw) i&apos;w droi&apos;n gam gweithredu</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Awgrymir</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y llynedd</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>What the plan&apos;s own data points to; it never changes your rating</source>
        <translation>Yr hyn y mae data&apos;r cynllun ei hun yn cyfeirio ato; nid yw byth yn newid eich sgôr</translation>
    </message>
</context>
<context>
    <name>RagOverrideDialog</name>
    <message>
        <source>Set RAG by hand</source>
        <translation>Gosod RAG â llaw</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref} {title}&lt;/b&gt;&lt;br&gt;The rule says: {rule}</source>
        <translation>&lt;b&gt;{ref} {title}&lt;/b&gt;&lt;br&gt;Mae&apos;r rheol yn dweud: {rule}</translation>
    </message>
    <message>
        <source>&amp;Use the rule</source>
        <translation>&amp;Defnyddio&apos;r rheol</translation>
    </message>
    <message>
        <source>Use the rule</source>
        <translation>Defnyddio&apos;r rheol</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>&amp;Coch</translation>
    </message>
    <message>
        <source>&amp;Amber</source>
        <translation>&amp;Ambr</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;Gwyrdd</translation>
    </message>
    <message>
        <source>Reaso&amp;n (required for a RAG set by hand)</source>
        <translation>Rhes&amp;wm (yn ofynnol ar gyfer RAG a osodir â llaw)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>For example: agreed at the board on 12/11/2026 pending funding</source>
        <translation>Er enghraifft: cytunwyd yn y bwrdd ar 12/11/2026 yn amodol ar gyllid</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Correct a training record</source>
        <translation>Cywiro cofnod hyfforddiant</translation>
    </message>
    <message>
        <source>Record a completed course</source>
        <translation>Cofnodi cwrs a gwblhawyd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Add a new completion (a later course or refresher)</source>
        <translation>&amp;Ychwanegu cwblhad newydd (cwrs diweddarach neu hyfforddiant gloywi)</translation>
    </message>
    <message>
        <source>C&amp;orrect the record of %1</source>
        <translation>C&amp;ywiro cofnod %1</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Newid:</translation>
    </message>
    <message>
        <source>Certificate number, attendance register or file reference</source>
        <translation>Rhif tystysgrif, cofrestr presenoldeb neu gyfeirnod ffeil</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cwrs:</translation>
    </message>
    <message>
        <source>Completed o&amp;n:</source>
        <translation>Cwblhawyd a&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Tystiolaeth:</translation>
    </message>
    <message>
        <source>&amp;Delete this record</source>
        <translation>&amp;Dileu&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Correct %1&apos;s %2 record</source>
        <translation>Cywiro cofnod %2 %1</translation>
    </message>
    <message>
        <source>Record %1 for %2</source>
        <translation>Cofnodi %1 ar gyfer %2</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>meeting pack</source>
        <translation>pecyn cyfarfod</translation>
    </message>
    <message>
        <source>Writing the meeting pack…</source>
        <translation>Yn ysgrifennu&apos;r pecyn cyfarfod…</translation>
    </message>
    <message>
        <source>The meeting pack has {n} pages.</source>
        <translation>Mae gan y pecyn cyfarfod {n} tudalen.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Pecyn cyfarfod</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Allforio terfynau amser</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>terfynau amser</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <source>Writing the deadlines…</source>
        <translation>Yn ysgrifennu&apos;r terfynau amser…</translation>
    </message>
    <message>
        <source>{n} deadlines are in the calendar file. Open it with Outlook or another calendar to add them.</source>
        <translation>Mae {n} terfyn amser yn y ffeil calendr. Agorwch hi gydag Outlook neu galendr arall i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Ysgrifennwyd {name}.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>&amp;Request updates…</source>
        <translation>Gofyn am &amp;ddiweddariadau…</translation>
    </message>
    <message>
        <source>Write each partner its pack and an email draft asking for its update</source>
        <translation>Ysgrifennu pecyn a drafft e-bost i bob partner yn gofyn am ei ddiweddariad</translation>
    </message>
</context>
<context>
    <name>RequestUpdatesDialog</name>
    <message>
        <source>Request updates from partners</source>
        <translation>Gofyn am ddiweddariadau gan bartneriaid</translation>
    </message>
    <message>
        <source>Each partner gets its own pack (its people and their training, and the actions it leads or supports) and an email draft to its Prevent contact, saved side by side in the folder. Open the drafts in Outlook or Thunderbird to send them: nothing is sent from here. When a pack comes back, import it and its request is marked returned.</source>
        <translation>Mae pob partner yn cael ei becyn ei hun (ei bobl a&apos;u hyfforddiant, a&apos;r camau gweithredu y mae&apos;n eu harwain neu&apos;n eu cefnogi) a drafft e-bost i&apos;w gyswllt Prevent, wedi&apos;u cadw ochr yn ochr yn y ffolder. Agorwch y drafftiau yn Outlook neu Thunderbird i&apos;w hanfon: does dim yn cael ei anfon o&apos;r fan hon. Pan ddaw pecyn yn ôl, mewnforiwch ef a chaiff ei gais ei nodi&apos;n ddychweledig.</translation>
    </message>
    <message>
        <source>Folder for the packs and drafts</source>
        <translation>Ffolder ar gyfer y pecynnau a&apos;r drafftiau</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Dewis y ffolder</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Ateb erbyn</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation>Partneriaid i&apos;w holi</translation>
    </message>
    <message>
        <source>{name} — {contact}</source>
        <translation>{name} — {contact}</translation>
    </message>
    <message>
        <source>{name} — no Prevent contact: add one in Organisations</source>
        <translation>{name} — dim cyswllt Prevent: ychwanegwch un yn Sefydliadau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Restore the &amp;default</source>
        <translation>Adfer y &amp;diofyn</translation>
    </message>
    <message>
        <source>Placeholders (hover over the message for what each holds): {names}</source>
        <translation>Dalfannau (hofrwch dros y neges i weld beth mae pob un yn ei ddal): {names}</translation>
    </message>
    <message>
        <source>&amp;Protect each pack with a password</source>
        <translation>&amp;Gwarchod pob pecyn â chyfrinair</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Cyfrinair eto</translation>
    </message>
    <message>
        <source>Password (at least {n} characters)</source>
        <translation>Cyfrinair (o leiaf {n} nod)</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Yr un cyfrinair eto</translation>
    </message>
    <message>
        <source>The message then says the password comes separately: tell it to each contact by phone or text, never in the same email.</source>
        <translation>Mae&apos;r neges wedyn yn dweud bod y cyfrinair yn dod ar wahân: dywedwch ef wrth bob cyswllt dros y ffôn neu mewn neges destun, byth yn yr un e-bost.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>&amp;Ateb erbyn:</translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation>P&amp;artneriaid:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Neges:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>&amp;Write the drafts</source>
        <translation>&amp;Ysgrifennu&apos;r drafftiau</translation>
    </message>
    <message>
        <source>No organisation has people or actions in the plan yet.</source>
        <translation>Does gan ddim sefydliad bobl na chamau gweithredu yn y cynllun eto.</translation>
    </message>
    <message>
        <source>Choose the folder for the packs and drafts.</source>
        <translation>Dewiswch y ffolder ar gyfer y pecynnau a&apos;r drafftiau.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder.</source>
        <translation>Ffeil yw {path}: dewiswch ffolder.</translation>
    </message>
    <message>
        <source>Choose a reply date from today on.</source>
        <translation>Dewiswch ddyddiad ateb o heddiw ymlaen.</translation>
    </message>
    <message>
        <source>Tick at least one partner to ask.</source>
        <translation>Ticiwch o leiaf un partner i&apos;w holi.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>Mae angen o leiaf {n} nod ar y cyfrinair.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type it again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath: teipiwch ef eto.</translation>
    </message>
    <message>
        <source>Writing the update requests…</source>
        <translation>Yn ysgrifennu&apos;r ceisiadau am ddiweddariadau…</translation>
    </message>
    <message>
        <source>Writing the packs and drafts…</source>
        <translation>Yn ysgrifennu&apos;r pecynnau a&apos;r drafftiau…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stopped: nothing was written or recorded.</source>
        <translation>Wedi stopio: ni ysgrifennwyd na chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Prevent contact</source>
        <translation>Cyswllt Prevent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Atgoffwyd</translation>
    </message>
    <message>
        <source>What the return changed</source>
        <translation>Beth newidiodd y dychweliad</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 diwrnod yn hwyr</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned on time</source>
        <translation>Dychwelwyd mewn pryd</translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation>Dychwelwyd yn hwyr</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Yn weddill</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written</source>
        <translation>
            <numerusform>%n nodyn atgoffa wedi&apos;u hysgrifennu</numerusform>
            <numerusform>%n nodyn atgoffa wedi&apos;u hysgrifennu</numerusform>
            <numerusform>%n nodyn atgoffa wedi&apos;u hysgrifennu</numerusform>
            <numerusform>%n nodyn atgoffa wedi&apos;u hysgrifennu</numerusform>
            <numerusform>%n nodyn atgoffa wedi&apos;u hysgrifennu</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <source> (protected with a password)</source>
        <translation> (wedi&apos;i warchod â chyfrinair)</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>Pecyn: %1</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Request updates…</source>
        <translation>Gofyn am &amp;ddiweddariadau…</translation>
    </message>
    <message>
        <source>Request updates from partners</source>
        <translation>Gofyn am ddiweddariadau gan bartneriaid</translation>
    </message>
    <message>
        <source>Re&amp;mind…</source>
        <translation>&amp;Atgoffa…</translation>
    </message>
    <message>
        <source>Write reminders for the requests not returned</source>
        <translation>Ysgrifennu nodiadau atgoffa ar gyfer y ceisiadau na ddychwelwyd</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
    <message>
        <source>Open the folder of the selected request&apos;s pack</source>
        <translation>Agor ffolder pecyn y cais a ddewiswyd</translation>
    </message>
    <message>
        <source>Returns summary</source>
        <translation>Crynodeb dychweliadau</translation>
    </message>
    <message>
        <source>Each partner&apos;s latest update request. When a pack comes back, import it (File &gt; Import, or drop it on the window): its request is marked returned with what it changed. Remind writes a new draft for each request not yet returned (for the selected ones, when some are selected), attaching the same pack when nothing in it has changed since.</source>
        <translation>Cais diweddaraf pob partner am ddiweddariad. Pan ddaw pecyn yn ôl, mewnforiwch ef (Ffeil &gt; Mewnforio, neu ei ollwng ar y ffenestr): caiff ei gais ei nodi&apos;n ddychweledig gyda&apos;r hyn a newidiodd. Mae Atgoffa yn ysgrifennu drafft newydd ar gyfer pob cais nad yw wedi&apos;i ddychwelyd eto (ar gyfer y rhai a ddewiswyd, pan fo rhai wedi&apos;u dewis), gan atodi&apos;r un pecyn pan nad oes dim ynddo wedi newid ers hynny.</translation>
    </message>
    <message>
        <source>Update requests</source>
        <translation>Ceisiadau am ddiweddariadau</translation>
    </message>
    <message>
        <source>Requests status</source>
        <translation>Statws y ceisiadau</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Request updates…</source>
        <translation>Gofyn am ddiweddariadau…</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
        </translation>
    </message>
    <message>
        <source>No update requests have been sent for this plan yet.</source>
        <translation>Nid oes unrhyw geisiadau am ddiweddariadau wedi&apos;u hanfon ar gyfer y cynllun hwn eto.</translation>
    </message>
    <message>
        <source>Request updates… writes each partner its pack and an email draft in one step.</source>
        <translation>Mae Gofyn am ddiweddariadau… yn ysgrifennu pecyn a drafft e-bost i bob partner mewn un cam.</translation>
    </message>
    <message>
        <source>Writing reminders…</source>
        <translation>Yn ysgrifennu nodiadau atgoffa…</translation>
    </message>
    <message>
        <source>Password for the packs</source>
        <translation>Cyfrinair ar gyfer y pecynnau</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Wrote 1 reminder.</source>
        <translation>Ysgrifennwyd 1 nodyn atgoffa.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reminders.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n nodyn atgoffa.</numerusform>
            <numerusform>Ysgrifennwyd %n nodyn atgoffa.</numerusform>
            <numerusform>Ysgrifennwyd %n nodyn atgoffa.</numerusform>
            <numerusform>Ysgrifennwyd %n nodyn atgoffa.</numerusform>
            <numerusform>Ysgrifennwyd %n nodyn atgoffa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every request has been returned: there is nobody to remind.</source>
        <translation>Mae pob cais wedi&apos;i ddychwelyd: does neb i&apos;w atgoffa.</translation>
    </message>
    <message>
        <source>Wrote a pack and an email draft for 1 partner.</source>
        <translation>Ysgrifennwyd pecyn a drafft e-bost ar gyfer 1 partner.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a pack and an email draft for each of %n partners.</source>
        <translation>
            <numerusform>Ysgrifennwyd pecyn a drafft e-bost ar gyfer pob un o&apos;r %n partner.</numerusform>
            <numerusform>Ysgrifennwyd pecyn a drafft e-bost ar gyfer pob un o&apos;r %n partner.</numerusform>
            <numerusform>Ysgrifennwyd pecyn a drafft e-bost ar gyfer pob un o&apos;r %n partner.</numerusform>
            <numerusform>Ysgrifennwyd pecyn a drafft e-bost ar gyfer pob un o&apos;r %n partner.</numerusform>
            <numerusform>Ysgrifennwyd pecyn a drafft e-bost ar gyfer pob un o&apos;r %n partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the drafts in Outlook or Thunderbird to send them.</source>
        <translation>Agorwch y drafftiau yn Outlook neu Thunderbird i&apos;w hanfon.</translation>
    </message>
    <message>
        <source>Left out: %1. Add each one&apos;s Prevent contact in Organisations, then ask again.</source>
        <translation>Wedi&apos;u gadael allan: %1. Ychwanegwch gyswllt Prevent pob un yn Sefydliadau, yna gofynnwch eto.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more.</source>
        <translation>Nid yw&apos;r ffolder {folder} yno mwyach.</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Edit requirement</source>
        <translation>Golygu gofyniad</translation>
    </message>
    <message>
        <source>Add a training requirement</source>
        <translation>Ychwanegu gofyniad hyfforddi</translation>
    </message>
    <message>
        <source>For example: All key personnel complete Prevent awareness</source>
        <translation>Er enghraifft: Pob personél allweddol i gwblhau ymwybyddiaeth Prevent</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>A new starter&apos;s deadline is their start date plus these days, if later</source>
        <translation>Terfyn amser dechreuwr newydd yw ei ddyddiad dechrau ynghyd â&apos;r diwrnodau hyn, os yw&apos;n hwyrach</translation>
    </message>
    <message>
        <source>Tick none for every organisation</source>
        <translation>Peidiwch â thicio dim ar gyfer pob sefydliad</translation>
    </message>
    <message>
        <source>Tick none for every role group</source>
        <translation>Peidiwch â thicio dim ar gyfer pob grŵp rôl</translation>
    </message>
    <message>
        <source>Another role group…</source>
        <translation>Grŵp rôl arall…</translation>
    </message>
    <message>
        <source>New role group</source>
        <translation>Grŵp rôl newydd</translation>
    </message>
    <message>
        <source>Only people marked as key personnel</source>
        <translation>Dim ond pobl a nodwyd fel personél allweddol</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cwrs:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Terfyn amser:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;ged:</translation>
    </message>
    <message>
        <source>&amp;New starters have:</source>
        <translation>Mae gan &amp;ddechreuwyr newydd:</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Sefydliadau:</translation>
    </message>
    <message>
        <source>Role groups</source>
        <translation>Grwpiau rôl</translation>
    </message>
    <message>
        <source>&amp;Role groups:</source>
        <translation>&amp;Grwpiau rôl:</translation>
    </message>
    <message>
        <source>&amp;Key personnel:</source>
        <translation>&amp;Personél allweddol:</translation>
    </message>
    <message>
        <source>Leave a list with nothing ticked to include everyone.</source>
        <translation>Gadewch restr heb ddim wedi&apos;i dicio i gynnwys pawb.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <source>Start typing a name…</source>
        <translation>Dechreuwch deipio enw…</translation>
    </message>
    <message>
        <source>Why this person is exempt, for example long-term absence</source>
        <translation>Pam mae&apos;r person hwn wedi&apos;i eithrio, er enghraifft absenoldeb hirdymor</translation>
    </message>
    <message>
        <source>Add e&amp;xemption</source>
        <translation>Ychwanegu e&amp;ithriad</translation>
    </message>
    <message>
        <source>Remo&amp;ve exemption</source>
        <translation>&amp;Tynnu&apos;r eithriad</translation>
    </message>
    <message>
        <source>Exemptions (each needs a reason)</source>
        <translation>Eithriadau (mae angen rheswm ar bob un)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Rhes&amp;wm:</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Dewiswch berson o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The reason for the exemption cannot be empty.</source>
        <translation>Ni all y rheswm dros yr eithriad fod yn wag.</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Wedi&apos;u hyfforddi</translation>
    </message>
    <message>
        <source>New starters</source>
        <translation>Dechreuwyr newydd</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <source>Days a new starter has to complete the course</source>
        <translation>Diwrnodau sydd gan ddechreuwr newydd i gwblhau&apos;r cwrs</translation>
    </message>
    <message>
        <source>Compliant or expiring, out of the audience less exemptions</source>
        <translation>Yn cydymffurfio neu ar fin dod i ben, allan o&apos;r gynulleidfa heb yr eithriadau</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>Personél allweddol</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
</context>
<context>
    <name>ReturnsLink</name>
    <message>
        <source>Open the Requests page</source>
        <translation>Agor y dudalen Ceisiadau</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translatorcomment>review</translatorcomment>
        <translation>C&amp;ofio yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translatorcomment>review</translatorcomment>
        <translation>Cofio&apos;r cyfrinymadrodd yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Type it first, or choose Cancel.</source>
        <translation>Teipiwch ef yn gyntaf, neu dewiswch Canslo.</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Gwannaf</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Wedi&apos;u hasesu</translation>
    </message>
    <message>
        <source>On last year</source>
        <translation>O&apos;i gymharu â&apos;r llynedd</translation>
    </message>
    <message>
        <source>The lowest rating given to a question of the section</source>
        <translation>Y sgôr isaf a roddwyd i gwestiwn yn yr adran</translation>
    </message>
    <message>
        <source>The change in the section&apos;s mean rating (1 to 4) since last year&apos;s assessment</source>
        <translation>Y newid yn sgôr gymedrig yr adran (1 i 4) ers asesiad y llynedd</translation>
    </message>
    <message>
        <source>Mean rating {now} this year, {last} last year</source>
        <translation>Sgôr gymedrig {now} eleni, {last} y llynedd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>A new language is used when ActionPlan next starts.</source>
        <translation>Defnyddir iaith newydd y tro nesaf y bydd ActionPlan yn dechrau.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access report</source>
        <translatorcomment>review</translatorcomment>
        <translation>Adroddiad cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>A workbook with everything held about {name}: their record, training records, the requirements that apply to them and their state, the actions they own, and every entry in the change history that mentions them.</source>
        <translation>Llyfr gwaith gyda phopeth a ddelir am {name}: ei gofnod, cofnodion hyfforddiant, y gofynion sy&apos;n berthnasol iddo a&apos;i gyflwr, y camau gweithredu y mae&apos;n berchen arnynt, a phob cofnod yn yr hanes newidiadau sy&apos;n sôn amdano.</translation>
    </message>
    <message>
        <source>Subject access - {name} - {day}</source>
        <translatorcomment>review</translatorcomment>
        <translation>Cais gwrthrych am wybodaeth - {name} - {day}</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ff&amp;eil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Ysgrifennu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Ysgrifennu&apos;r adroddiad i</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Rhowch enw i&apos;r ffeil.</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topio</translation>
    </message>
    <message>
        <source>Stop reading or importing</source>
        <translation>Stopio darllen neu fewnforio</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Yn gweithio…</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Cysylltu â chronfa ddata &amp;tîm…</translation>
    </message>
    <message>
        <source>Open the partnership&apos;s shared database on a server</source>
        <translation>Agor cronfa ddata a rennir y bartneriaeth ar weinydd</translation>
    </message>
    <message>
        <source>Give your password to open the team database {database} on {host} again. Until then the window shows your own database.</source>
        <translation>Rhowch eich cyfrinair i agor cronfa ddata&apos;r tîm {database} ar {host} eto. Tan hynny mae&apos;r ffenestr yn dangos eich cronfa ddata eich hun.</translation>
    </message>
    <message>
        <source>Connected to {name}</source>
        <translation>Wedi cysylltu â {name}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ActionPlan</source>
        <translation>Croeso i ActionPlan</translation>
    </message>
    <message>
        <source>Keep your Prevent partnership&apos;s action plan and key personnel training records in one place. Everything is stored in a database on this computer and works offline.</source>
        <translation>Cadwch gynllun gweithredu eich partneriaeth Prevent a chofnodion hyfforddiant personél allweddol mewn un lle. Mae popeth yn cael ei storio mewn cronfa ddata ar y cyfrifiadur hwn ac yn gweithio all-lein.</translation>
    </message>
    <message>
        <source>New plan from the Prevent template</source>
        <translation>Cynllun newydd o dempled Prevent</translation>
    </message>
    <message>
        <source>Themes, objectives, the Home Office courses and training requirements, ready to fill in.</source>
        <translation>Themâu, amcanion, cyrsiau&apos;r Swyddfa Gartref a gofynion hyfforddi, yn barod i&apos;w llenwi.</translation>
    </message>
    <message>
        <source>Open the demo plan</source>
        <translation>Agor y cynllun enghreifftiol</translation>
    </message>
    <message>
        <source>A made-up partnership with people, training records and actions, to try things out.</source>
        <translation>Partneriaeth ddychmygol gyda phobl, cofnodion hyfforddiant a chamau gweithredu, i roi cynnig ar bethau.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Mewnforio o daenlen</translation>
    </message>
    <message>
        <source>Start from the staff lists, training trackers or action plan you keep in Excel.</source>
        <translation>Dechreuwch o&apos;r rhestrau staff, tracwyr hyfforddiant neu gynllun gweithredu rydych chi&apos;n eu cadw yn Excel.</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Agor ffeil cronfa ddata arall</translation>
    </message>
    <message>
        <source>An action plan database from another folder, or one a colleague passed on.</source>
        <translation>Cronfa ddata cynllun gweithredu o ffolder arall, neu un a roddodd cydweithiwr i chi.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cronfa ddata: {name}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Does dim cronfa ddata ar agor.</translation>
    </message>
</context>
<context>
    <name>_FieldDelegate</name>
    <message>
        <source>Field for column {header}</source>
        <translation>Maes ar gyfer colofn {header}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot use the data folder {path}: {reason}.</source>
        <translation>Methu defnyddio&apos;r ffolder data {path}: {reason}.</translation>
    </message>
    <message>
        <source>the plan list did not load in time</source>
        <translation>ni lwythodd y rhestr cynlluniau mewn pryd</translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Cynllun</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>1 training record</source>
        <translation>1 cofnod hyfforddiant</translation>
    </message>
    <message numerus="yes">
        <source>%n training records</source>
        <translation>
            <numerusform>%n cofnod hyfforddiant</numerusform>
            <numerusform>%n cofnod hyfforddiant</numerusform>
            <numerusform>%n cofnod hyfforddiant</numerusform>
            <numerusform>%n cofnod hyfforddiant</numerusform>
            <numerusform>%n cofnod hyfforddiant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 cam gweithredu</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <source>1 self-assessment answer</source>
        <translation>1 ateb hunanasesiad</translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment answers</source>
        <translation>
            <numerusform>%n ateb hunanasesiad</numerusform>
            <numerusform>%n ateb hunanasesiad</numerusform>
            <numerusform>%n ateb hunanasesiad</numerusform>
            <numerusform>%n ateb hunanasesiad</numerusform>
            <numerusform>%n ateb hunanasesiad</numerusform>
        </translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 sefydliad</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
            <numerusform>%n sefydliad</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} a {last}</translation>
    </message>
    <message>
        <source>Detect from the headings</source>
        <translation>Canfod o&apos;r penawdau</translation>
    </message>
    <message>
        <source>People (a staff list)</source>
        <translation>Pobl (rhestr staff)</translation>
    </message>
    <message>
        <source>Training records (one completion a row)</source>
        <translation>Cofnodion hyfforddiant (un cwblhad i bob rhes)</translation>
    </message>
    <message>
        <source>Training matrix (one column a course)</source>
        <translation>Matrics hyfforddiant (un golofn i bob cwrs)</translation>
    </message>
    <message>
        <source>Actions (an action plan)</source>
        <translation>Camau gweithredu (cynllun gweithredu)</translation>
    </message>
    <message>
        <source>Self-assessment (ratings and commentary)</source>
        <translation>Hunanasesiad (sgoriau a sylwebaeth)</translation>
    </message>
    <message>
        <source>Organisations (partners and their Prevent contacts)</source>
        <translation>Sefydliadau (partneriaid a&apos;u cysylltiadau Prevent)</translation>
    </message>
    <message>
        <source>a staff list</source>
        <translation>rhestr staff</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>cofnodion hyfforddiant</translation>
    </message>
    <message>
        <source>a training matrix</source>
        <translation>matrics hyfforddiant</translation>
    </message>
    <message>
        <source>an action plan</source>
        <translation>cynllun gweithredu</translation>
    </message>
    <message>
        <source>a self-assessment</source>
        <translation>hunanasesiad</translation>
    </message>
    <message>
        <source>a list of organisations</source>
        <translation>rhestr o sefydliadau</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>the import wizard needs a plan: run &apos;actionplan init&apos; first</source>
        <translation>mae&apos;r dewin mewnforio angen cynllun: rhedwch &apos;actionplan init&apos; yn gyntaf</translation>
    </message>
</context>
</TS>
