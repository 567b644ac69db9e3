global using CampaignSim.Domain.Tactics;
global using CampaignSim.Domain.Workers;
global using CampaignSim.Domain.Mechanics;
global using CampaignSim.Domain.Simulation;
