// Imports only: each file adds its types and query fields to the builder.
import { builder } from '../builder';
import './reference';
import './disclosure';
import './disclosureList';
import './node';
import './statistics';
import './supervision';
import './applicationStatistics';
import './applicationSettings';
import './annualReport';
import './site';
import './submissions';
import './submissionStatus';

export const schema = builder.toSchema();
