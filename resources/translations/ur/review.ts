<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>MediaLoader</name>
    <message>
        <source>This item has no media.</source>
        <extracomment>The decoded picture is at most this big (the display variant&apos;s long edge). Where the candidates&apos; media comes from (the client, unless told otherwise).</extracomment>
        <translation>اس آئٹم کا کوئی میڈیا نہیں۔</translation>
    </message>
    <message>
        <source>Downloading candidate {key}: {done} of {total}</source>
        <translation>متبادل {key} ڈاؤن لوڈ ہو رہا ہے: {total} میں سے {done}</translation>
    </message>
    <message>
        <source>Downloading candidate {key}: {done}</source>
        <translation>متبادل {key} ڈاؤن لوڈ ہو رہا ہے: {done}</translation>
    </message>
    <message>
        <source>The media of candidate {key} could not be fetched: {reason}</source>
        <translation>متبادل {key} کا میڈیا نہیں مل سکا: {reason}</translation>
    </message>
    <message>
        <source>Downloading the media: {done} of {total}</source>
        <translation>میڈیا ڈاؤن لوڈ ہو رہا ہے: {total} میں سے {done}</translation>
    </message>
    <message>
        <source>Downloading the media: {done}</source>
        <translation>میڈیا ڈاؤن لوڈ ہو رہا ہے: {done}</translation>
    </message>
    <message>
        <source>The media could not be fetched: {reason}</source>
        <translation>میڈیا نہیں مل سکا: {reason}</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>1 tag hidden where regions crowd: zoom in (+) or point at a region</source>
        <extracomment>The pane&apos;s field values as (text, tint or None), for its thumbnail in the strip.</extracomment>
        <translation>جگہ کی کمی سے 1 ٹیگ چھپا: زوم اِن (+) کریں یا نشان پر ماؤس لائیں</translation>
    </message>
    <message>
        <source>{count} tags hidden where regions crowd: zoom in (+) or point at a region</source>
        <translation>جگہ کی کمی سے {count} ٹیگ چھپے: زوم اِن (+) کریں یا نشان پر ماؤس لائیں</translation>
    </message>
</context>
<context>
    <name>PhotoLabel</name>
    <message>
        <source>Loading the image…</source>
        <extracomment>The most lines of a comparison&apos;s prompt shown at once; a longer one scrolls. The most of the column&apos;s width a record beside its photo takes. The least width of a record beside its photo (its keys and values side by side).</extracomment>
        <translation>تصویر لوڈ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>All projects</source>
        <translation>تمام پروجیکٹ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Review queue</source>
        <extracomment>Spin boxes report every step of a held arrow key: wait this long before reloading.</extracomment>
        <translation>جائزے کی قطار</translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation>گولڈ اسکور</translation>
    </message>
    <message>
        <source>Only gold scores from</source>
        <translation>صرف اس حد کے گولڈ اسکور</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Proposal confidence at most</source>
        <translation>تجویز کا یقین زیادہ سے زیادہ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>مزید لائیں</translation>
    </message>
    <message>
        <source>Gold score bound</source>
        <translation>گولڈ اسکور کی حد</translation>
    </message>
    <message>
        <source>Nothing to review with these filters</source>
        <translation>ان فلٹرز کے ساتھ جائزے کے لیے کچھ نہیں</translation>
    </message>
    <message>
        <source>{total} so far · {left} to decide</source>
        <translation>اب تک {total} · {left} پر فیصلہ باقی</translation>
    </message>
    <message>
        <source>1 submission · {left} to decide</source>
        <translation>1 جمع کرایا گیا جواب · {left} پر فیصلہ باقی</translation>
    </message>
    <message>
        <source>{total} submissions · {left} to decide</source>
        <translation>‏{total} جمع کرائے گئے جواب · {left} پر فیصلہ باقی</translation>
    </message>
    <message>
        <source>{total} submissions listed, {left} still to decide (Load more lists the next ones)</source>
        <translation>فہرست میں {total} جمع کرائے گئے جواب، {left} پر ابھی فیصلہ باقی ہے («مزید لائیں» اگلے دکھاتا ہے)</translation>
    </message>
    <message>
        <source>{total} submissions listed, {left} still to decide</source>
        <translation>فہرست میں {total} جمع کرائے گئے جواب، {left} پر ابھی فیصلہ باقی ہے</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>کوئی بھی حالت</translation>
    </message>
    <message>
        <source>Gold and real items</source>
        <extracomment>Gold or real items.</extracomment>
        <translation>گولڈ اور اصل آئٹم</translation>
    </message>
    <message>
        <source>Gold items only</source>
        <translation>صرف گولڈ آئٹم</translation>
    </message>
    <message>
        <source>Real items only</source>
        <translation>صرف اصل آئٹم</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject submission</source>
        <extracomment>Where the dialogs&apos; reasons are translated: this one&apos;s, then the shared &quot;Other&quot;.</extracomment>
        <translation>جواب مسترد کریں</translation>
    </message>
    <message>
        <source>Wrong label</source>
        <translation>غلط لیبل</translation>
    </message>
    <message>
        <source>Missed objects</source>
        <translation>کچھ چیزیں چھوٹ گئیں</translation>
    </message>
    <message>
        <source>Imprecise boxes</source>
        <translation>باکس ٹھیک جگہ پر نہیں</translation>
    </message>
    <message>
        <source>Incomplete transcript</source>
        <translation>تحریری متن نامکمل</translation>
    </message>
    <message>
        <source>Preferred the worse answer</source>
        <translation>کمزور جواب کو بہتر چنا</translation>
    </message>
    <message>
        <source>Ranking out of order</source>
        <translation>درجہ بندی کی ترتیب غلط</translation>
    </message>
    <message>
        <source>Ratings off</source>
        <translation>درجے درست نہیں</translation>
    </message>
    <message>
        <source>Reason does not support the choice</source>
        <translation>وجہ انتخاب کی تائید نہیں کرتی</translation>
    </message>
    <message>
        <source>Missed a flag</source>
        <translation>کوئی نشان چھوٹ گیا</translation>
    </message>
    <message>
        <source>Record not checked against the item</source>
        <translation>ریکارڈ آئٹم سے ملا کر نہیں جانچا</translation>
    </message>
    <message>
        <source>Record not checked against the photo</source>
        <translation>ریکارڈ تصویر سے ملا کر نہیں جانچا</translation>
    </message>
    <message>
        <source>Did not follow instructions</source>
        <extracomment>The reasons every submission may be rejected for, last in the list.</extracomment>
        <translation>ہدایات پر عمل نہیں کیا</translation>
    </message>
    <message>
        <source>Spam or random answers</source>
        <translation>فضول یا بے ترتیب جواب</translation>
    </message>
    <message>
        <source>missed a control item</source>
        <extracomment>The reasons a field of each kind adds, before the generic ones (`reasons_for`). Digits 1–9 pick a reason: no more are listed. The reasons when the schema is not known (the dialog shows each through `tr`, which looks under this class&apos;s name first). Every reason the dialog may list, for a schema of any kinds. The reason of a submission its gold verdict rejected (`labeler.client.history.MISSED`).</extracomment>
        <translation>جانچ آئٹم کا جواب غلط تھا</translation>
    </message>
    <message>
        <source>Why is the submission by &lt;b&gt;{user}&lt;/b&gt; rejected?</source>
        <translation>‏&lt;b&gt;{user}&lt;/b&gt; کا جواب کیوں مسترد کیا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>مسترد کریں</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>مسترد کرتا ہے</translation>
    </message>
    <message>
        <source>Comment for the annotator (optional)</source>
        <translation>اینوٹیٹر کے لیے تبصرہ (اختیاری)</translation>
    </message>
    <message>
        <source>Say in the comment what was wrong.</source>
        <translation>تبصرے میں بتائیں کہ کیا غلط تھا۔</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>A accept · R reject · J/K next · Tab pane · V layout · ? every key</source>
        <extracomment>Items kept loaded, so stepping back and forth costs no network. The queue&apos;s width at first: narrow, so the panes get most of a 1366 px window.</extracomment>
        <translation>‏A قبول · R مسترد · J/K اگلا/پچھلا · Tab پینل · V ترتیب · ? تمام کلیدیں</translation>
    </message>
    <message>
        <source>The annotators could not be listed: {why}</source>
        <translation>اینوٹیٹرز کی فہرست نہیں مل سکی: {why}</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>ان فلٹرز کے ساتھ جائزے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>The queue could not be loaded: {why}</source>
        <translation>قطار لوڈ نہیں ہو سکی: {why}</translation>
    </message>
    <message>
        <source>Loading the item…</source>
        <translation>آئٹم لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>This item could not be loaded.</source>
        <translation>یہ آئٹم لوڈ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The item could not be loaded: {why}</source>
        <translation>آئٹم لوڈ نہیں ہو سکا: {why}</translation>
    </message>
    <message>
        <source>Select a submission in the queue first.</source>
        <translation>پہلے قطار میں کوئی جواب چنیں۔</translation>
    </message>
    <message>
        <source>You cannot review your own submission.</source>
        <translation>آپ اپنے جواب کا جائزہ نہیں لے سکتے۔</translation>
    </message>
    <message>
        <source>No submission left to decide with these filters.</source>
        <translation>ان فلٹرز کے ساتھ فیصلے کے لیے کوئی جواب باقی نہیں۔</translation>
    </message>
    <message>
        <source>Accepted the submission by {user}.</source>
        <translation>‏{user} کا جواب قبول کر لیا۔</translation>
    </message>
    <message>
        <source>Rejected the submission by {user}.</source>
        <translation>‏{user} کا جواب مسترد کر دیا۔</translation>
    </message>
    <message>
        <source>1 decision still on its way.</source>
        <translation>1 فیصلہ ابھی بھیجا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>{count} decisions still on their way.</source>
        <translation>‏{count} فیصلے ابھی بھیجے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>1 decision not sent yet ({why}); sent again shortly ({key}: now).</source>
        <translation>1 فیصلہ ابھی نہیں جا سکا ({why})؛ تھوڑی دیر میں دوبارہ بھیجا جائے گا ({key}: ابھی)۔</translation>
    </message>
    <message>
        <source>{count} decisions not sent yet ({why}); sent again shortly ({key}: now).</source>
        <translation>‏{count} فیصلے ابھی نہیں جا سکے ({why})؛ تھوڑی دیر میں دوبارہ بھیجے جائیں گے ({key}: ابھی)۔</translation>
    </message>
    <message>
        <source>The accept was not saved: {why}</source>
        <translation>قبول کرنے کا فیصلہ محفوظ نہیں ہوا: {why}</translation>
    </message>
    <message>
        <source>The reject was not saved: {why}</source>
        <translation>مسترد کرنے کا فیصلہ محفوظ نہیں ہوا: {why}</translation>
    </message>
    <message>
        <source>This is the end of the queue.</source>
        <translation>قطار یہاں ختم ہو گئی۔</translation>
    </message>
    <message>
        <source>No consensus to show: it needs two answers or more.</source>
        <translation>دکھانے کو کوئی متفقہ جواب نہیں: اس کے لیے دو یا زیادہ جواب چاہییں۔</translation>
    </message>
    <message>
        <source>This item has no gold: the reference pane is the consensus.</source>
        <translation>اس آئٹم کا گولڈ نہیں: حوالے کا پینل متفقہ جواب ہے۔</translation>
    </message>
    <message>
        <source>Showing the suggested consensus.</source>
        <translation>تجویز کردہ متفقہ جواب دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Showing gold.</source>
        <translation>گولڈ دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>This item has one pane only.</source>
        <translation>اس آئٹم کا صرف ایک پینل ہے۔</translation>
    </message>
    <message>
        <source>Showing {pane} ({details}).</source>
        <translation>‏{pane} دکھایا جا رہا ہے ({details})۔</translation>
    </message>
    <message>
        <source>One large pane: {next} and {previous} show the others.</source>
        <translation>ایک بڑا پینل: باقی پینل {next} اور {previous} سے دیکھیں۔</translation>
    </message>
    <message>
        <source>All panes side by side.</source>
        <translation>تمام پینل ساتھ ساتھ۔</translation>
    </message>
    <message>
        <source>This item has no audio to play.</source>
        <translation>اس آئٹم میں چلانے کو کوئی آڈیو نہیں۔</translation>
    </message>
    <message>
        <source>The projects could not be loaded: {why}</source>
        <translation>پروجیکٹ لوڈ نہیں ہو سکے: {why}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Nothing selected.</source>
        <translation>کچھ منتخب نہیں۔</translation>
    </message>
    <message>
        <source>the suggested consensus, not the gold answer</source>
        <translation>تجویز کردہ متفقہ جواب، گولڈ جواب نہیں</translation>
    </message>
</context>
<context>
    <name>review.audio_pane</name>
    <message>
        <source>(empty)</source>
        <extracomment>Marks a waveform is kept in step by (a view is connected once).</extracomment>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>&lt;b&gt;WER {wer}&lt;/b&gt; · {changed} changed, {missing} missing, {extra} extra</source>
        <translation>‏&lt;b&gt;WER {wer}&lt;/b&gt; · {changed} بدلے، {missing} غائب، {extra} زائد</translation>
    </message>
</context>
<context>
    <name>review.fill</name>
    <message>
        <source>No reference to compare with: {why}.</source>
        <translation>موازنے کے لیے کوئی حوالہ نہیں: {why}۔</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>تصویر لوڈ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>{field} (reference)</source>
        <translation>‏{field} (حوالہ)</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>اشارہ: {hint}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>‏{field}: {value}</translation>
    </message>
    <message>
        <source>no gold, one answer</source>
        <translation>گولڈ نہیں، ایک جواب</translation>
    </message>
    <message>
        <source>no gold, no answer</source>
        <translation>گولڈ نہیں، کوئی جواب نہیں</translation>
    </message>
    <message>
        <source>what the control item expected</source>
        <translation>جانچ آئٹم کا متوقع جواب</translation>
    </message>
    <message>
        <source>the known answer</source>
        <translation>معلوم جواب</translation>
    </message>
    <message>
        <source>from {answered} answers</source>
        <translation>‏{answered} جوابوں سے</translation>
    </message>
    <message>
        <source>the known answer · tags: matched by k of {answered}</source>
        <translation>معلوم جواب · ٹیگ: {answered} میں سے k سے ملا</translation>
    </message>
    <message>
        <source>from {answered} answers · tags: matched by k of {answered}</source>
        <translation>‏{answered} جوابوں سے · ٹیگ: {answered} میں سے k سے ملا</translation>
    </message>
    <message>
        <source>your answer beside the expected one</source>
        <translation>آپ کا جواب، متوقع جواب کے ساتھ</translation>
    </message>
    <message>
        <source>your answer (not a control item: nothing to compare with)</source>
        <translation>آپ کا جواب (جانچ آئٹم نہیں: موازنے کو کچھ نہیں)</translation>
    </message>
    <message>
        <source>compared with the gold answer</source>
        <translation>گولڈ جواب سے موازنہ</translation>
    </message>
    <message>
        <source>compared with the suggested consensus (no gold for this item)</source>
        <translation>تجویز کردہ متفقہ جواب سے موازنہ (اس آئٹم کا گولڈ نہیں)</translation>
    </message>
    <message>
        <source>no reference ({why}): nothing is compared</source>
        <translation>کوئی حوالہ نہیں ({why}): کوئی موازنہ نہیں</translation>
    </message>
    <message>
        <source>1 submission, {compared}</source>
        <translation>1 جمع کرایا گیا جواب، {compared}</translation>
    </message>
    <message>
        <source>{count} submissions, {compared}</source>
        <translation>‏{count} جمع کرائے گئے جواب، {compared}</translation>
    </message>
    <message>
        <source>{project} · Gold item {item} · {rest}</source>
        <comment>own answer</comment>
        <translation>‏{project} · جانچ آئٹم {item} · {rest}</translation>
    </message>
    <message>
        <source>{project} · Gold item {item} · {rest}</source>
        <translation>‏{project} · گولڈ آئٹم {item} · {rest}</translation>
    </message>
    <message>
        <source>{project} · Item {item} · {rest}</source>
        <translation>‏{project} · آئٹم {item} · {rest}</translation>
    </message>
</context>
<context>
    <name>review.image_pane</name>
    <message>
        <source>matched</source>
        <extracomment>Marks a canvas is kept in step by (a canvas is connected once). A scale this close to the fitting one counts as fitted (follows window resizes).</extracomment>
        <translation>ملا</translation>
    </message>
    <message>
        <source>no match in the reference</source>
        <translation>بے جوڑ: حوالے میں نہیں</translation>
    </message>
    <message>
        <source>in the reference, missed here</source>
        <translation>حوالے میں ہے، یہاں چھوٹا</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>حوالہ</translation>
    </message>
</context>
<context>
    <name>review.keys</name>
    <message>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>Review filters</source>
        <translation>جائزے کے فلٹر</translation>
    </message>
    <message>
        <source>Accept the submission</source>
        <extracomment>(name, title, keys): the action `review.&lt;name&gt;`.</extracomment>
        <translation>جواب قبول کریں</translation>
    </message>
    <message>
        <source>Reject the submission…</source>
        <translation>جواب مسترد کریں…</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>اگلا جواب</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>پچھلا جواب</translation>
    </message>
    <message>
        <source>Zoom in (all panes)</source>
        <translation>زوم اِن (تمام پینل)</translation>
    </message>
    <message>
        <source>Zoom out (all panes)</source>
        <translation>زوم آؤٹ (تمام پینل)</translation>
    </message>
    <message>
        <source>Fit the media in its pane</source>
        <translation>میڈیا پورا پینل میں دکھائیں</translation>
    </message>
    <message>
        <source>Show the next pane large</source>
        <translation>اگلا پینل بڑا دکھائیں</translation>
    </message>
    <message>
        <source>Show the previous pane large</source>
        <translation>پچھلا پینل بڑا دکھائیں</translation>
    </message>
    <message>
        <source>One large pane or all panes side by side</source>
        <translation>ایک بڑا پینل یا تمام پینل ساتھ ساتھ</translation>
    </message>
    <message>
        <source>Show gold or the consensus</source>
        <translation>گولڈ یا متفقہ جواب دکھائیں</translation>
    </message>
    <message>
        <source>Play or pause the audio</source>
        <translation>آڈیو چلائیں یا روکیں</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>قطار دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <source>Load more of the queue</source>
        <translation>قطار میں سے مزید لائیں</translation>
    </message>
    <message>
        <source>Send waiting decisions now</source>
        <translation>رکے ہوئے فیصلے ابھی بھیجیں</translation>
    </message>
    <message>
        <source>Hide or show the queue</source>
        <translation>قطار چھپائیں یا دکھائیں</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>واپس قطار پر</translation>
    </message>
    <message>
        <source>Project filter</source>
        <extracomment>(name, title, key) of the filters&apos; keys: `review.filter_&lt;name&gt;` focuses that filter.</extracomment>
        <translation>پروجیکٹ کا فلٹر</translation>
    </message>
    <message>
        <source>Annotator filter</source>
        <translation>اینوٹیٹر کا فلٹر</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>حالت کا فلٹر</translation>
    </message>
    <message>
        <source>Gold or real items filter</source>
        <translation>گولڈ یا اصل آئٹم کا فلٹر</translation>
    </message>
    <message>
        <source>Gold score filter</source>
        <translation>گولڈ اسکور کا فلٹر</translation>
    </message>
</context>
<context>
    <name>review.marks</name>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Consensus (suggested)</source>
        <translation>متفقہ جواب (تجویز کردہ)</translation>
    </message>
    <message>
        <source>{distance} px</source>
        <translation>{distance} px</translation>
    </message>
    <message>
        <source>missed {label}</source>
        <translation>چھوٹا {label}</translation>
    </message>
    <message>
        <source>F1 {f1} · {matched} matched, {extra} extra, {missed} missed</source>
        <translation>{matched} ملے، {extra} زائد، {missed} چھوٹے · F1 {f1}</translation>
    </message>
    <message>
        <source>WER {wer}</source>
        <translation>‏WER {wer}</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>اسکور {score}</translation>
    </message>
</context>
<context>
    <name>review.model</name>
    <message>
        <source>Annotator</source>
        <extracomment>The columns, by their English names (which the header translates).</extracomment>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>تجویز</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>کام کا وقت</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Headers narrower than their column&apos;s name where the queue is short of room (the project&apos;s name needs it), and what each column is, for the header&apos;s tooltip.</extracomment>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>یقین</translation>
    </message>
    <message>
        <source>The gold score of a control item&apos;s submission</source>
        <translation>جانچ آئٹم کے جواب کا گولڈ اسکور</translation>
    </message>
    <message>
        <source>The annotator&apos;s active time on the item</source>
        <translation>اس آئٹم پر اینوٹیٹر کے کام کا وقت</translation>
    </message>
    <message>
        <source>How confident the item&apos;s proposal (its prefill) was, from 0 to 1</source>
        <translation>آئٹم کی تجویز (تجویز کردہ جواب) پر کتنا یقین تھا، 0 سے 1 تک</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ قبول شدہ</translation>
    </message>
    <message>
        <source>✕ Rejected</source>
        <translation>✕ مسترد</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>قبول ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>مسترد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Accept waiting to send</source>
        <translation>قبول: بھیجنے کا منتظر</translation>
    </message>
    <message>
        <source>Reject waiting to send</source>
        <translation>مسترد: بھیجنے کا منتظر</translation>
    </message>
    <message>
        <source>accept</source>
        <extracomment>A decision in the row&apos;s tooltip (`Review: reject (Wrong label)`).</extracomment>
        <translation>قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Submission by {user}</source>
        <translation>‏{user} کا جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation>پروجیکٹ: {project}</translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation>آئٹم: {item}</translation>
    </message>
    <message>
        <source>Gold item</source>
        <translation>گولڈ آئٹم</translation>
    </message>
    <message>
        <source>Proposal confidence: {n}</source>
        <translation>تجویز کا یقین: {n}</translation>
    </message>
    <message>
        <source>Review: {decision} ({why})</source>
        <translation>جائزہ: {decision} ({why})</translation>
    </message>
    <message>
        <source>Review: {decision}</source>
        <translation>جائزہ: {decision}</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>محفوظ نہیں ہوا: {why}</translation>
    </message>
</context>
<context>
    <name>review.pane</name>
    <message>
        <source>pending</source>
        <extracomment>A submission&apos;s status as the task server says it, in words.</extracomment>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>{time} active</source>
        <extracomment>The workbench&apos;s skip dialog marks its reasons under these contexts.</extracomment>
        <translation>کام کا وقت {time}</translation>
    </message>
    <message>
        <source>gold {score}</source>
        <translation>جانچ اسکور {score}</translation>
    </message>
    <message>
        <source>Skipped: no reason given</source>
        <translation>چھوڑا گیا: کوئی وجہ نہیں بتائی گئی</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>چھوڑا گیا: {reason}</translation>
    </message>
</context>
<context>
    <name>review.table</name>
    <message>
        <source>1 box</source>
        <extracomment>Characters of a text answer shown in a cell (the whole text is in its tooltip). How many regions a field holds, in words: one, and more than one.</extracomment>
        <translation>1 باکس</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>‏{count} باکس</translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation>1 کثیر الاضلاع</translation>
    </message>
    <message>
        <source>{count} polygons</source>
        <translation>‏{count} کثیر الاضلاع</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 نقطہ</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>‏{count} نقطے</translation>
    </message>
    <message>
        <source>1 span</source>
        <translation>1 اسپین</translation>
    </message>
    <message>
        <source>{count} spans</source>
        <translation>‏{count} اسپین</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 حصہ</translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation>‏{count} حصے</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>چھوڑا گیا</translation>
    </message>
    <message>
        <source>{name} skipped this item</source>
        <translation>‏{name} نے یہ آئٹم چھوڑ دیا</translation>
    </message>
</context>
<context>
    <name>review.text_pane</name>
    <message>
        <source>matched</source>
        <extracomment>Characters of a differing range quoted in the summary before it is cut short. Texts longer than this (characters) are not measured for a row&apos;s height. Marks a scroll bar is kept in step by (a bar is connected once).</extracomment>
        <translation>ملا</translation>
    </message>
    <message>
        <source>not in the reference</source>
        <translation>حوالے میں نہیں</translation>
    </message>
    <message>
        <source>missed here</source>
        <translation>یہاں چھوٹا</translation>
    </message>
</context>
<context>
    <name>review.words</name>
    <message>
        <source>majority</source>
        <extracomment>The kinds this module words; a schema with one of them reviews as a comparison. How the core reaches each kind&apos;s consensus (`labeler.core.comparisonconsensus`).</extracomment>
        <translation>اکثریت</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>بورڈا گنتی</translation>
    </message>
    <message>
        <source>median per row</source>
        <translation>ہر قطار کا درمیانی</translation>
    </message>
    <message>
        <source>majority per key</source>
        <translation>ہر خانے کی اکثریت</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>آدھے سے زیادہ</translation>
    </message>
    <message>
        <source>median</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>a tie</source>
        <extracomment>The most lines of an answer the stage makes room for (a longer one scrolls). Characters of a rationale shown in a pane (the whole is in the answer&apos;s JSON). What an item&apos;s `data` may hold that the workbench shows the annotator as it is (`labeler.ui.itemdata`): a review shows it too, beside panes in words. Kinds drawn on the item&apos;s media; a schema with one reviews on its media.</extracomment>
        <translation>برابر</translation>
    </message>
    <message>
        <source>prefers {key}, much better</source>
        <translation>{key} کو ترجیح، کہیں بہتر</translation>
    </message>
    <message>
        <source>prefers {key}</source>
        <translation>{key} کو ترجیح</translation>
    </message>
    <message>
        <source>{row}: {rating}</source>
        <translation>{row}: {rating}</translation>
    </message>
    <message>
        <source>(reference {rating})</source>
        <translation>(حوالہ {rating})</translation>
    </message>
    <message>
        <source>{key}: {before} corrected to {after}</source>
        <translation>{key}: {before} کو درست کر کے {after} کیا</translation>
    </message>
    <message>
        <source>{key}: {value} confirmed as shown</source>
        <translation>{key}: {value} کی تصدیق، جیسا دکھایا گیا</translation>
    </message>
    <message>
        <source>{key}: {labels}</source>
        <translation>{key}: {labels}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Kinds whose answer differs from the reference as a whole when any part does: a table cell of one is tinted by `differs`, as the pane marks its parts, not by the score.</extracomment>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>every key confirmed as shown</source>
        <translation>ہر خانے کی تصدیق، جیسا دکھایا گیا</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>{count} keys</source>
        <translation>{count} خانے</translation>
    </message>
</context>
</TS>
