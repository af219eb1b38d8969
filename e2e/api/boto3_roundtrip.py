"""A requester's boto3 script, unchanged but for endpoint_url: balance, a HIT, reading it back, and the
error class boto3 raises for a HIT that does not exist. Prints one JSON line for the test to check."""
import json
import os
import sys

import boto3

mturk = boto3.client("mturk", region_name="us-east-1", endpoint_url=sys.argv[1])
question = """<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd"><ExternalURL>https://example.com/task</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>"""
out = {"balance": mturk.get_account_balance()["AvailableBalance"]}
hit = mturk.create_hit(
    Title="Transcribe a receipt", Description="Type the total you see.", Keywords="receipt",
    Reward="0.15", MaxAssignments=2, LifetimeInSeconds=3600, AssignmentDurationInSeconds=600,
    Question=question, UniqueRequestToken=os.environ["TOKEN"],
)["HIT"]
out["hit"] = {"id": hit["HITId"], "status": hit["HITStatus"], "lifetime": (hit["Expiration"] - hit["CreationTime"]).total_seconds()}
out["got"] = mturk.get_hit(HITId=hit["HITId"])["HIT"]["Title"]
try:
    mturk.create_hit(Title="Transcribe a receipt", Description="Type the total you see.", Reward="0.15",
                     LifetimeInSeconds=3600, AssignmentDurationInSeconds=600, Question=question,
                     UniqueRequestToken=os.environ["TOKEN"])
except mturk.exceptions.RequestError as e:
    out["repeat"] = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
try:
    mturk.get_hit(HITId="NOSUCHHIT")
except mturk.exceptions.RequestError as e:
    out["missing"] = e.response["Error"]["Message"]
print(json.dumps(out))
