global using CampaignSim.Domain.Tactics;
global using CampaignSim.Domain.Workers;
