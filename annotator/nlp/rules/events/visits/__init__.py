"""EVENT rules of visits, talks and official acts: a bare verb performed by a
named subject (`thăm`, `làm việc với`, `tiếp`), trips, joined acts, signings, apologies."""
